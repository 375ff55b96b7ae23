package jp.kyodonet.organisation.entity;

import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.time.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final java.util.List<jp.kyodonet.tenants.RegistrationRequirement> REQUIRED =
            jp.kyodonet.tenants.RegistrationRequirement.DEFAULTS;
    private static final java.util.Set<String> ALL_MET = java.util.Set.of("NON_PROFIT", "AUTONOMOUS", "PUBLIC_BENEFIT");

    private static Organisation applied(LocalDate on) {
        return Organisation.apply(new OrganisationDetails("みどりの会", LegalForm.VOLUNTARY_GROUP, "代表 花子",
                "045-000-0000", "緑区", Set.of(ActivityField.ENVIRONMENT), null, true), on, TODAY, NOW, "test");
    }

    @Test
    void aOneYearRegistrationInFy2023ComesDueInFy2024() {
        Organisation o = applied(LocalDate.of(2023, 5, 1));
        o.recordHearing("学校と組みたい", "自然観察の知見", "担い手不足", NOW, "test");
        o.register(REQUIRED, ALL_MET, "2023-001", LocalDate.of(2023, 6, 1), 1, TODAY, NOW, "test");
        assertEquals(LocalDate.of(2024, 3, 31), o.expiresOn());
        assertEquals(new FiscalYear(2024), o.renewalFiscalYear());
        assertFalse(o.isRenewalDue(LocalDate.of(2024, 3, 31)), "valid to the end of FY2023");
        assertTrue(o.isRenewalDue(LocalDate.of(2024, 4, 1)));
        assertEquals(new FiscalYear(2024), o.renew(1, TODAY, NOW, "test"));
        assertEquals(LocalDate.of(2025, 3, 31), o.expiresOn(), "renewed for one more fiscal year");
    }

    @Test
    void aThreeYearRegistrationRunsToTheEndOfTheThirdFiscalYear() {
        Organisation o = applied(LocalDate.of(2023, 9, 1));
        o.recordHearing(null, null, null, NOW, "test");
        o.register(REQUIRED, ALL_MET, "2023-002", LocalDate.of(2024, 2, 1), 3, TODAY, NOW, "test");
        assertEquals(LocalDate.of(2026, 3, 31), o.expiresOn(), "FY2023, FY2024, FY2025");
        assertTrue(o.isRenewalDue(TODAY));
        assertEquals(new FiscalYear(2026), o.lapse(TODAY, NOW, "test"));
        assertEquals(RegistrationStatus.LAPSED, o.status());
    }

    @Test
    void registrationNeedsTheHearingAndEveryRequirement() {
        Organisation o = applied(LocalDate.of(2026, 4, 10));
        assertThrows(DomainException.class, () -> o.register(REQUIRED, ALL_MET, "n", TODAY, 3, TODAY, NOW, "test"),
                "no registration before the hearing");
        o.recordHearing(null, null, null, NOW, "test");
        DomainException unmet = assertThrows(DomainException.class, () -> o.register(
                REQUIRED, java.util.Set.of("NON_PROFIT"), "n", TODAY, 3, TODAY, NOW, "test"));
        assertTrue(unmet.detail().ja().contains("自主性（自主的に運営されている）・公益性（公益的な活動をしている）"),
                unmet.detail().ja());
        assertEquals(RegistrationStatus.HEARING_DONE, o.status(), "nothing changed");
        assertThrows(DomainException.class, () -> o.renew(3, TODAY, NOW, "test"), "not registered yet");
        o.refuse("市外で活動する団体のため", NOW, "test");
        assertEquals(RegistrationStatus.REFUSED, o.status());
        assertThrows(DomainException.class, () -> o.recordHearing("x", null, null, NOW, "test"));
    }

    @Test
    void aRegistrationNotYetDueCannotBeRenewedOrLapse() {
        Organisation o = applied(LocalDate.of(2026, 4, 10));
        o.recordHearing(null, null, null, NOW, "test");
        o.register(REQUIRED, ALL_MET, "2026-001", TODAY, 3, TODAY, NOW, "test");
        assertThrows(DomainException.class, () -> o.renew(3, TODAY, NOW, "test"));
        assertThrows(DomainException.class, () -> o.lapse(TODAY, NOW, "test"));
        assertEquals(RegistrationStatus.REGISTERED, o.status());
    }

    @Test
    void everyChoiceHasALabel() {
        Stream.of(LegalForm.values(), ActivityField.values(), RegistrationStatus.values(), RenewalOutcome.values())
                .flatMap(Stream::of)
                .forEach(choice -> assertNotNull(OrganisationVocabulary.label(choice).ja(), choice::toString));
        assertEquals(12, ActivityField.values().length, "the 12 fields of the city's report");
    }
}
