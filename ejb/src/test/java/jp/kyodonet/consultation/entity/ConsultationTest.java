package jp.kyodonet.consultation.entity;

import jp.kyodonet.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsultationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final Instant NOW = Instant.parse("2026-04-10T01:00:00Z");

    private static Intake intake(LocalDate receivedOn) {
        return new Intake(receivedOn, Channel.PHONE, RequesterKind.CITIZEN, "  山田 花子 ", " ", Topic.ACCOUNTING,
                " 会計の相談 ");
    }

    @Test
    void receivedConsultationIsOpenInTheFiscalYearOfItsDate() {
        Consultation c = Consultation.receive(intake(LocalDate.of(2026, 3, 31)), null, TODAY, NOW, "staff");
        assertEquals(ConsultationStatus.OPEN, c.status());
        assertEquals(2025, c.fiscalYear().startYear(), "31 March belongs to the previous fiscal year");
        assertEquals("山田 花子", c.intake().requesterName(), "names are trimmed");
        assertNull(c.intake().requesterContact(), "a blank contact is no contact");
        assertEquals("会計の相談", c.summary());
    }

    @Test
    void futureReceivedDateIsRefusedNamingTheField() {
        DomainException e = assertThrows(DomainException.class,
                () -> Consultation.receive(intake(TODAY.plusDays(1)), null, TODAY, NOW, "staff"));
        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("receivedOn", e.fieldErrors().get(0).field());
    }

    @Test
    void closingRecordsOutcomeAndIsFinal() {
        Consultation c = Consultation.receive(intake(TODAY.minusDays(5)), null, TODAY, NOW, "staff");
        c.close(Outcome.CONNECTED_TO_ORGANISATION, TODAY, " つないだ ", TODAY, NOW, "manager");
        assertEquals(ConsultationStatus.CLOSED, c.status());
        assertEquals(Outcome.CONNECTED_TO_ORGANISATION, c.outcome());
        assertEquals("つないだ", c.closingNote());
        assertEquals("manager", c.updatedBy());
        DomainException again = assertThrows(DomainException.class,
                () -> c.close(Outcome.NOT_CONNECTED, TODAY, null, TODAY, NOW, "staff"));
        assertEquals(DomainException.Kind.CONFLICT, again.kind());
        DomainException revise = assertThrows(DomainException.class,
                () -> c.revise(intake(TODAY), TODAY, NOW, "staff"));
        assertEquals(DomainException.Kind.CONFLICT, revise.kind());
    }

    @Test
    void closingDateMustLieBetweenReceiptAndToday() {
        Consultation c = Consultation.receive(intake(TODAY.minusDays(5)), null, TODAY, NOW, "staff");
        assertEquals("closedOn", assertThrows(DomainException.class,
                () -> c.close(Outcome.INFORMATION_ONLY, TODAY.minusDays(6), null, TODAY, NOW, "s")).fieldErrors().get(0).field());
        assertEquals("closedOn", assertThrows(DomainException.class,
                () -> c.close(Outcome.INFORMATION_ONLY, TODAY.plusDays(1), null, TODAY, NOW, "s")).fieldErrors().get(0).field());
        assertEquals(ConsultationStatus.OPEN, c.status(), "a refused close changes nothing");
    }

    @Test
    void revisionMovesTheFiscalYearWithTheDate() {
        Consultation c = Consultation.receive(intake(TODAY), null, TODAY, NOW, "staff");
        assertEquals(2026, c.fiscalYear().startYear());
        c.revise(intake(LocalDate.of(2026, 3, 1)), TODAY, NOW, "staff");
        assertEquals(2025, c.fiscalYear().startYear());
    }
}
