package jp.kyodonet.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Stores instants as UTC DATETIME(6): the same on MySQL and MariaDB, whatever the server's time zone.
 *
 * <p>The value is bound as text ({@code 2026-11-23 07:14:31.123456}), not as a date-time object: MySQL
 * Connector/J cuts date-time parameters to whole seconds when the server's version reads as older than
 * MySQL 5.6.4, and MariaDB before 11 announces itself as "5.5.5-10.x". Timelines and audit logs would
 * then lose their order. The server parses the text into DATETIME(6) with its microseconds. The column
 * type is declared as Object so that EclipseLink hands over the driver's value as it is.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    /** What the driver gives back: a space or a T between date and time, with or without a fraction. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The driver returns a LocalDateTime (Connector/J 8+); text is read too. */
    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        if (stored instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(stored.toString().strip(), READ).toInstant(ZoneOffset.UTC);
    }
}
