package jp.kyodonet.staff.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffMemberTest {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void oneRecordPerCentreAndSubject() {
        assertEquals(StaffMember.idOf("nishi", "abc"), StaffMember.idOf("nishi", "abc"));
        assertNotEquals(StaffMember.idOf("nishi", "abc"), StaffMember.idOf("naka", "abc"), "the same person in two centres");
    }

    @Test
    void signingInMakesAPersonActiveWithWhatTheProviderSaysNow() {
        StaffMember m = new StaffMember("nishi", "abc", "加藤 誠", "k@example.jp", List.of("centre-staff"), NOW);
        m.setActive(false, "センター長");
        assertTrue(m.seen("加藤 誠", "k2@example.jp", List.of("centre-staff", "centre-manager"), NOW.plusSeconds(60)));
        assertTrue(m.active());
        assertEquals(List.of("centre-staff", "centre-manager"), m.roles());
        assertEquals("k2@example.jp", m.email());
        assertEquals(NOW.plusSeconds(60), m.lastSeenAt());
        assertFalse(m.seen("加藤 誠", "k2@example.jp", List.of("centre-staff", "centre-manager"), NOW.plusSeconds(120)),
                "nothing changed but the time");
    }
}
