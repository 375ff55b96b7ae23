package jp.kyodonet.consultation.entity;

import jp.kyodonet.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final Instant NOW = Instant.parse("2026-04-10T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-10T05:00:00Z");

    private static Intake intake(LocalDate receivedOn) {
        return new Intake(receivedOn, Channel.PHONE, RequesterKind.CITIZEN, "  山田 花子 ", " ", Track.CIVIC_ACTIVITY,
                OrganisationStage.FOUNDING, Set.of(Topic.ACCOUNTING, Topic.FUNDING), " 会計の相談 ");
    }

    private static Consultation received() {
        return Consultation.receive(intake(TODAY.minusDays(5)), null, TODAY, NOW, "reception");
    }

    private static DomainException.Kind refusal(Runnable move) {
        return assertThrows(DomainException.class, move::run).kind();
    }

    @Test
    void receivedConsultationStartsInTheFiscalYearOfItsDate() {
        Consultation c = Consultation.receive(intake(LocalDate.of(2026, 3, 31)), null, TODAY, NOW, "staff");
        assertEquals(ConsultationStatus.RECEIVED, c.status());
        assertEquals(2025, c.fiscalYear().startYear(), "31 March belongs to the previous fiscal year");
        assertEquals("山田 花子", c.intake().requesterName(), "names are trimmed");
        assertNull(c.intake().requesterContact(), "a blank contact is no contact");
        assertEquals(Set.of(Topic.ACCOUNTING, Topic.FUNDING), c.topics());
        assertNull(c.firstResponseAt());
    }

    @Test
    void futureReceivedDateAndNoTopicAreRefusedNamingTheField() {
        DomainException future = assertThrows(DomainException.class,
                () -> Consultation.receive(intake(TODAY.plusDays(1)), null, TODAY, NOW, "staff"));
        assertEquals("receivedOn", future.fieldErrors().get(0).field());
        Intake noTopic = new Intake(TODAY, Channel.PHONE, RequesterKind.CITIZEN, "x", null, Track.COORDINATION, null,
                Set.of(), "x");
        assertEquals("topics", assertThrows(DomainException.class,
                () -> Consultation.receive(noTopic, null, TODAY, NOW, "staff")).fieldErrors().get(0).field());
    }

    @Test
    void fullPathFromReceptionToClosing() {
        Consultation c = received();
        c.recordHearing(NOW, "reception");
        assertEquals(ConsultationStatus.INITIAL_HEARING, c.status());
        assertEquals(NOW, c.firstResponseAt(), "the hearing is the first response");
        c.assign("staff-1", "佐藤", LATER, "chief");
        assertEquals(ConsultationStatus.ASSIGNED, c.status());
        assertEquals(NOW, c.firstResponseAt(), "the first response stays the first");
        c.startWork("税理士 田中", "市民局 市民協働推進課", LATER, "staff-1");
        assertEquals(ConsultationStatus.IN_PROGRESS, c.status());
        c.scheduleFollowUp(TODAY.plusDays(14), TODAY, LATER, "staff-1");
        assertEquals(ConsultationStatus.FOLLOW_UP, c.status());
        assertEquals(TODAY.plusDays(14), c.nextActionOn());
        assertFalse(c.isOverdue(TODAY));
        assertTrue(c.isOverdue(TODAY.plusDays(15)));
        c.startWork(null, null, LATER, "staff-1");
        assertEquals(ConsultationStatus.IN_PROGRESS, c.status(), "follow-up can resume as work");
        c.close(Outcome.ORGANISATION_FOUNDED, TODAY, " 設立 ", TODAY, LATER, "staff-1");
        assertEquals(ConsultationStatus.CLOSED, c.status());
        assertEquals("設立", c.closingNote());
        assertEquals(LATER, c.closedAt());
        assertNull(c.nextActionOn());
        assertFalse(c.isOverdue(TODAY.plusDays(30)), "a closed consultation is never overdue");
    }

    @Test
    void invalidMovesAreConflictsAndChangeNothing() {
        Consultation c = received();
        assertEquals(DomainException.Kind.CONFLICT, refusal(() ->
                c.close(Outcome.INFORMATION_ONLY, TODAY, null, TODAY, NOW, "s")), "an unassigned consultation cannot close");
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.startWork(null, null, NOW, "s")));
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.scheduleFollowUp(TODAY, TODAY, NOW, "s")));
        assertEquals(ConsultationStatus.RECEIVED, c.status());
        c.assign("staff-1", null, NOW, "chief");
        assertEquals("staff-1", c.assigneeName(), "the subject stands in for a missing name");
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.recordHearing(NOW, "s")),
                "the hearing comes before assignment");
        c.close(Outcome.INFORMATION_ONLY, TODAY, null, TODAY, NOW, "staff-1");
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.close(Outcome.NOT_CONNECTED, TODAY, null, TODAY, NOW, "s")));
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.revise(intake(TODAY), TODAY, NOW, "s")));
        assertEquals(DomainException.Kind.CONFLICT, refusal(() -> c.assign("x", "x", NOW, "s")));
        assertEquals(Outcome.INFORMATION_ONLY, c.outcome());
    }

    @Test
    void closingDateMustLieBetweenReceiptAndToday() {
        Consultation c = received();
        c.assign("staff-1", "佐藤", NOW, "chief");
        assertEquals("closedOn", assertThrows(DomainException.class,
                () -> c.close(Outcome.INFORMATION_ONLY, TODAY.minusDays(6), null, TODAY, NOW, "s")).fieldErrors().get(0).field());
        assertEquals("closedOn", assertThrows(DomainException.class,
                () -> c.close(Outcome.INFORMATION_ONLY, TODAY.plusDays(1), null, TODAY, NOW, "s")).fieldErrors().get(0).field());
        assertEquals(ConsultationStatus.ASSIGNED, c.status(), "a refused close changes nothing");
    }

    @Test
    void caseCardsCountAsResponseAndSetTheNextAction() {
        Consultation c = received();
        c.noteCaseCard(TODAY.plusDays(3), TODAY, NOW, "staff-1");
        assertEquals(NOW, c.firstResponseAt());
        assertEquals(TODAY.plusDays(3), c.nextActionOn());
        assertEquals("nextActionOn", assertThrows(DomainException.class,
                () -> c.noteCaseCard(TODAY.minusDays(1), TODAY, NOW, "s")).fieldErrors().get(0).field());
    }

    @Test
    void revisionMovesTheFiscalYearWithTheDate() {
        Consultation c = Consultation.receive(intake(TODAY), null, TODAY, NOW, "staff");
        assertEquals(2026, c.fiscalYear().startYear());
        c.revise(intake(LocalDate.of(2026, 3, 1)), TODAY, NOW, "staff");
        assertEquals(2025, c.fiscalYear().startYear());
    }

    @Test
    void topicTagsAreStoredWithSurroundingCommas() {
        TopicsConverter converter = new TopicsConverter();
        String stored = converter.convertToDatabaseColumn(Set.of(Topic.FUNDING, Topic.ACCOUNTING));
        assertEquals(",ACCOUNTING,FUNDING,", stored);
        assertEquals(Set.of(Topic.FUNDING, Topic.ACCOUNTING), converter.convertToEntityAttribute(stored));
        assertTrue(stored.contains(TopicsConverter.patternFor(Topic.FUNDING).replace("%", "")));
    }
}
