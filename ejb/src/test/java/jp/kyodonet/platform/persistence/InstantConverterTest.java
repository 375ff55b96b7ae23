package jp.kyodonet.platform.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesUtcTextWithMicroseconds() {
        assertEquals("2026-11-23 07:14:31.123456", converter.convertToDatabaseColumn(Instant.parse("2026-11-23T07:14:31.123456789Z")));
        assertEquals("2026-11-23 07:14:31.000000", converter.convertToDatabaseColumn(Instant.parse("2026-11-23T07:14:31Z")));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void readsWhatTheDriverReturnsInEitherShape() {
        Instant expected = Instant.parse("2026-11-23T07:14:31.123456Z");
        assertEquals(expected, converter.convertToEntityAttribute("2026-11-23 07:14:31.123456"));
        assertEquals(expected, converter.convertToEntityAttribute("2026-11-23T07:14:31.123456"));
        assertEquals(Instant.parse("2026-11-23T07:14:31Z"), converter.convertToEntityAttribute("2026-11-23 07:14:31"));
        assertEquals(Instant.parse("2026-11-23T07:14:00Z"), converter.convertToEntityAttribute("2026-11-23T07:14"));
        assertEquals(expected, converter.convertToEntityAttribute(java.time.LocalDateTime.parse("2026-11-23T07:14:31.123456")));
        assertNull(converter.convertToEntityAttribute((Object) null));
    }

    @Test
    void roundTrips() {
        Instant now = Instant.parse("2027-03-31T23:59:59.999999Z");
        assertEquals(now, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(now)));
        assertEquals(now, converter.convertToEntityAttribute(java.sql.Timestamp.valueOf("2027-03-31 23:59:59.999999")));
    }
}
