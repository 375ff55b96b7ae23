package jp.kyodonet.booking.entity;

import jp.kyodonet.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 8, 0);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final UUID ORG = UUID.randomUUID();

    private static Space lab() {
        return Space.create("協働ラボ", SpaceKind.ROOM, 30, OpeningHours.parse("MON=09:00-20:00;TUE=09:00-20:00"), 30,
                new SpaceRules(Set.of(BookerKind.REGISTERED_ORGANISATION), 3, 30, false), null, NOW, "test");
    }

    private static BookingRequest request(LocalDate date, String start, String end, int people) {
        return new BookingRequest(UUID.randomUUID(), BookerKind.REGISTERED_ORGANISATION, ORG, Purpose.MEETING, date,
                LocalTime.parse(start), LocalTime.parse(end), people, null);
    }

    private static String refusal(Runnable check) {
        return assertThrows(DomainException.class, check::run).detail().ja();
    }

    @Test
    void aRequestWithinEveryRulePasses() {
        assertDoesNotThrow(() -> lab().check(request(TUESDAY, "18:00", "20:00", 30), true, 1, MONDAY_MORNING));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        Space lab = lab();
        assertTrue(refusal(() -> lab.check(request(TUESDAY, "10:00", "11:00", 5), false, 0, MONDAY_MORNING)).contains("登録団体"));
        assertTrue(refusal(() -> lab.check(request(TUESDAY, "19:00", "21:00", 5), true, 0, MONDAY_MORNING)).contains("開館時間"));
        assertTrue(refusal(() -> lab.check(request(LocalDate.of(2026, 11, 25), "10:00", "11:00", 5), true, 0, MONDAY_MORNING))
                .contains("休館日"), "Wednesday is closed");
        assertTrue(refusal(() -> lab.check(request(TUESDAY, "10:10", "11:00", 5), true, 0, MONDAY_MORNING)).contains("予約単位"));
        assertTrue(refusal(() -> lab.check(request(TUESDAY, "10:00", "11:00", 31), true, 0, MONDAY_MORNING)).contains("定員"));
        assertTrue(refusal(() -> lab.check(request(TUESDAY, "10:00", "12:00", 5), true, 2, MONDAY_MORNING)).contains("1日の上限時間"));
        assertTrue(refusal(() -> lab.check(request(LocalDate.of(2027, 1, 4), "10:00", "11:00", 5), true, 0, MONDAY_MORNING))
                .contains("予約可能期間"));
        assertTrue(refusal(() -> lab.check(request(LocalDate.of(2026, 11, 23), "07:00", "08:00", 5), true, 0, MONDAY_MORNING))
                .contains("過去"));
        BookingRequest internal = new BookingRequest(UUID.randomUUID(), BookerKind.CENTRE_INTERNAL, null, Purpose.MEETING,
                TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), 5, null);
        assertTrue(refusal(() -> lab.check(internal, true, 0, MONDAY_MORNING)).contains("予約できる利用者"));
    }

    @Test
    void aBookingHoldsOneSlotPerUnit() {
        assertEquals(4, lab().slots(TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)).size());
    }

    @Test
    void openingHoursReadAndWriteTheirText() {
        OpeningHours hours = OpeningHours.parse("MON=09:00-21:00; SAT=10:00-17:00");
        assertEquals(LocalTime.of(21, 0), hours.on(DayOfWeek.MONDAY).orElseThrow().closes());
        assertTrue(hours.on(DayOfWeek.SUNDAY).isEmpty());
        assertEquals("MON=09:00-21:00;SAT=10:00-17:00", hours.toString());
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("MONDAY=9-5"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("MON=18:00-09:00"));
    }

    @Test
    void bookingMovesFollowTheLifecycle() {
        Booking booking = Booking.request(request(TUESDAY, "10:00", "11:00", 5), "みどりの会", true, null, NOW, "test");
        assertEquals(BookingStatus.REQUESTED, booking.status());
        assertThrows(DomainException.class, () -> booking.checkIn(TUESDAY, NOW, "test"), "not confirmed yet");
        booking.approve(NOW, "test");
        assertThrows(DomainException.class, () -> booking.checkIn(TUESDAY.minusDays(1), NOW, "test"), "only on the day");
        booking.checkIn(TUESDAY, NOW, "test");
        assertThrows(DomainException.class, () -> booking.cancel(NOW, "test"), "in use");
        booking.complete(NOW, "test");
        assertEquals(BookingStatus.COMPLETED, booking.status());
    }

    @Test
    void everyChoiceHasALabel() {
        Stream.of(SpaceKind.values(), BookerKind.values(), Purpose.values(), BookingStatus.values()).flatMap(Stream::of)
                .forEach(choice -> assertNotNull(BookingVocabulary.label(choice).ja(), choice::toString));
    }
}
