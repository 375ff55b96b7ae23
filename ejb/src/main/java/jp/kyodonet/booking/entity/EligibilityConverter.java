package jp.kyodonet.booking.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.kyodonet.platform.persistence.EnumTags;

import java.util.Set;

/** Who may book a space, as tags in one column. */
@Converter
public class EligibilityConverter implements AttributeConverter<Set<BookerKind>, String> {

    @Override
    public String convertToDatabaseColumn(Set<BookerKind> kinds) {
        return EnumTags.write(kinds);
    }

    @Override
    public Set<BookerKind> convertToEntityAttribute(String stored) {
        return EnumTags.read(stored, BookerKind.class);
    }
}
