package jp.kyodonet.organisation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.kyodonet.platform.persistence.EnumTags;

import java.util.Set;

/** Activity fields as tags in one column ({@code ,ENVIRONMENT,TOWN_DEVELOPMENT,}). */
@Converter
public class ActivityFieldsConverter implements AttributeConverter<Set<ActivityField>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ActivityField> fields) {
        return EnumTags.write(fields);
    }

    @Override
    public Set<ActivityField> convertToEntityAttribute(String stored) {
        return EnumTags.read(stored, ActivityField.class);
    }

    /** The pattern that finds one field. */
    public static String patternFor(ActivityField field) {
        return EnumTags.patternFor(field);
    }
}
