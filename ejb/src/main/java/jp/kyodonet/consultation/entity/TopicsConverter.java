package jp.kyodonet.consultation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores topic tags in one column as {@code ,ACCOUNTING,FUNDING,}: the surrounding commas let a filter
 * match one tag exactly with {@code LIKE '%,FUNDING,%'}.
 */
@Converter
public class TopicsConverter implements AttributeConverter<Set<Topic>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Topic> topics) {
        if (topics == null || topics.isEmpty()) {
            return ",";
        }
        return EnumSet.copyOf(topics).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<Topic> convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank() || ",".equals(stored)) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Topic::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The pattern that finds one tag. */
    public static String patternFor(Topic topic) {
        return "%," + topic.name() + ",%";
    }
}
