package jp.kyodonet.platform.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of enum tags in one column as {@code ,A,B,}: the surrounding commas let a filter match one tag
 * exactly with {@code LIKE '%,B,%'}. Used by one concrete converter per enum: EclipseLink reads the
 * attribute type from the converter's own {@code AttributeConverter} declaration, so a generic base class
 * would hide it.
 */
public final class EnumTags {

    private EnumTags() {
    }

    public static <E extends Enum<E>> String write(Set<E> tags) {
        if (tags == null || tags.isEmpty()) {
            return ",";
        }
        return EnumSet.copyOf(tags).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    public static <E extends Enum<E>> Set<E> read(String stored, Class<E> type) {
        if (stored == null || stored.isBlank() || ",".equals(stored)) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(s -> Enum.valueOf(type, s))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The LIKE pattern that finds one tag. */
    public static String patternFor(Enum<?> tag) {
        return "%," + tag.name() + ",%";
    }
}
