package jp.kyodonet.network.entity;

import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.tenants.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final TenantId IZUMI = new TenantId("izumi");
    private static final TenantId SAKAE = new TenantId("sakae");

    private static CaseStudy.Content content(boolean checked, boolean consent) {
        return new CaseStudy.Content("事例", "テーマ", Set.of(ActivityField.ENVIRONMENT), Set.of(PartnerSector.NPO), "泉区",
                "取り組み", null, null, "NPO 045-000-0000", consent, checked);
    }

    @Test
    void aCaseIsReadOnlyInItsCentreUntilPublishedAndNeedsTheChecklistToBeSubmitted() {
        CaseStudy c = new CaseStudy(IZUMI, CaseSource.SCRATCH, null, content(false, false), NOW, "t");
        assertTrue(c.isReadableBy(IZUMI));
        assertFalse(c.isReadableBy(SAKAE));
        assertEquals(DomainException.Kind.INVALID_INPUT, assertThrows(DomainException.class, () -> c.submit(NOW, "t")).kind());
        c.revise(content(true, false), NOW, "t");
        c.submit(NOW, "t");
        assertFalse(c.isReadableBy(SAKAE), "submitted: still inside its centre");
        assertThrows(DomainException.class, () -> c.publish(false, NOW, "t"), "not approved yet");
        c.approve(NOW, "t");
        c.publish(false, NOW, "t");
        assertTrue(c.isReadableBy(SAKAE));
        assertNull(c.contacts(), "no consent: contacts are not shown");
        assertThrows(DomainException.class, () -> c.revise(content(true, true), NOW, "t"), "published cases are not edited");
        c.publish(true, NOW, "t");
        assertEquals(CaseStatus.PUBLIC, c.status());
        c.archive(NOW, "t");
        assertFalse(c.isReadableBy(SAKAE), "archived: back inside its centre");
    }

    @Test
    void onlyATriedTooCommentCarriesTheOncePerCentreKey() {
        UUID id = UUID.randomUUID();
        CaseComment tried = new CaseComment(id, SAKAE, "s", null, true, NOW);
        CaseComment words = new CaseComment(id, SAKAE, "s", "参考になった", false, NOW);
        assertTrue(tried.triedToo());
        assertFalse(words.triedToo());
    }

    @Test
    void aSupportRequestIsAnsweredBeforeItIsClosed() {
        SupportRequest r = new SupportRequest(IZUMI, "講師", "紹介してほしい", NOW);
        assertThrows(DomainException.class, () -> r.close(NOW));
        r.answer("一覧を送ります", NOW, "city");
        r.close(NOW);
        assertEquals(SupportStatus.CLOSED, r.status());
        assertThrows(DomainException.class, () -> r.answer("追記", NOW, "city"));
    }

    @Test
    void materialsAreMadeOfficialOnceAndAMeetingKnowsItsFiscalYear() {
        MeetingMaterials m = new MeetingMaterials(UUID.randomUUID(), "{}", NOW, "t");
        m.makeOfficial();
        assertTrue(m.official());
        assertThrows(DomainException.class, m::makeOfficial);
        NetworkMeeting meeting = new NetworkMeeting(new TenantId("city"), "第4回", LocalDate.of(2027, 2, 10), null,
                MeetingFormat.ONLINE, null, null, null, NOW, "t");
        assertEquals(2026, meeting.fiscalYear(), "February 2027 is in FY2026");
    }

    @Test
    void everyNetworkChoiceHasALabel() {
        for (Class<? extends Enum<?>> type : java.util.List.of(CaseStatus.class, CaseSource.class, PartnerSector.class,
                MeetingFormat.class, AgendaKind.class, AttendeeRole.class, ActionStatus.class, SupportStatus.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertFalse(NetworkVocabulary.label(value).ja().isBlank(), value.toString());
            }
        }
    }
}
