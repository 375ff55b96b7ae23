package jp.kyodonet.programme.entity;

import jp.kyodonet.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void aProgrammeGoesThroughItsStatesAndOpensForRegistrationWhileRecruitingOrRunning() {
        Programme p = Programme.plan("市民協働スタートアップ", ProgrammeKind.SERIES_COURSE, PlanItem.STARTUP, "市民", null, null, 4, 2026, NOW, "t");
        assertFalse(p.isOpenForRegistration());
        p.advance(NOW, "t");
        assertEquals(ProgrammeStatus.RECRUITING, p.status());
        assertTrue(p.isOpenForRegistration());
        p.advance(NOW, "t");
        assertTrue(p.isOpenForRegistration(), "running");
        p.advance(NOW, "t");
        p.advance(NOW, "t");
        assertEquals(ProgrammeStatus.EVALUATED, p.status());
        assertThrows(DomainException.class, () -> p.advance(NOW, "t"));
    }

    @Test
    void aRegistrationTakesAPlaceOrWaitsAndCarriesAnUnguessableLink() {
        Registration placed = new Registration("tsurumi", UUID.randomUUID(), 1, true, "太郎", "t@x.jp", null, true, NOW);
        Registration waiting = new Registration("tsurumi", UUID.randomUUID(), 2, false, "花子", "h@x.jp", null, false, NOW);
        assertEquals(RegistrationStatus.REGISTERED, placed.status());
        assertEquals(RegistrationStatus.WAITING, waiting.status());
        assertTrue(placed.token().matches("tsurumi\\.[0-9a-f]{32}"), placed.token());
        assertFalse(placed.token().equals(waiting.token()));
        assertThrows(DomainException.class, () -> waiting.markAttendance(true), "no attendance without a place");
        waiting.moveUp();
        waiting.markAttendance(true);
        assertTrue(waiting.attended());
        placed.cancel();
        assertThrows(DomainException.class, placed::cancel);
    }

    @Test
    void everyChoiceHasALabel() {
        Stream.of(ProgrammeKind.values(), ProgrammeStatus.values(), PlaceKind.values(), RegistrationStatus.values())
                .flatMap(Stream::of)
                .forEach(choice -> assertNotNull(ProgrammeVocabulary.label(choice).ja(), choice::toString));
    }
}
