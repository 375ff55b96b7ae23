package jp.kyodonet.consultation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.kyodonet.platform.persistence.EnumTags;

import java.util.Set;

/** Topic tags in one column ({@code ,ACCOUNTING,FUNDING,}). */
@Converter
public class TopicsConverter implements AttributeConverter<Set<Topic>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Topic> topics) {
        return EnumTags.write(topics);
    }

    @Override
    public Set<Topic> convertToEntityAttribute(String stored) {
        return EnumTags.read(stored, Topic.class);
    }

    /** The pattern that finds one tag. */
    public static String patternFor(Topic topic) {
        return EnumTags.patternFor(topic);
    }
}
