package jp.kyodonet.booking.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.Booking;
import jp.kyodonet.booking.entity.BookingRequest;
import jp.kyodonet.booking.entity.OpeningHours;
import jp.kyodonet.booking.entity.Purpose;
import jp.kyodonet.booking.entity.Space;
import jp.kyodonet.booking.entity.SpaceKind;
import jp.kyodonet.booking.entity.SpaceRules;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * Demo spaces for a demo centre, after the city centre's (domain model b.8): 協働ラボ for registered
 * groups (about 30 seats, evenings to 20:00 by reservation), スペースA・B kept for collaboration events
 * (about 48 seats, staff approval), a projector and a microphone; and a few of the centre's own bookings.
 * Added only to a centre with no space yet.
 */
@Stateless
public class SpaceDemoData {

    private static final String BY = "デモデータ (demo)";
    private static final OpeningHours WEEK = OpeningHours.parse(
            "MON=09:00-20:00;TUE=09:00-20:00;WED=09:00-20:00;THU=09:00-20:00;FRI=09:00-20:00;SAT=09:00-17:00");

    @Inject
    BookingRepository bookings;

    @Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        if (!bookings.spaces().isEmpty()) {
            return;
        }
        Space lab = space("協働ラボ", SpaceKind.ROOM, 30, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL), 3, 90, false),
                "登録団体の打合せ・イベント。平日18:00〜20:00は予約制。");
        Space a = space("スペースA", SpaceKind.ROOM, 48, new SpaceRules(
                Set.of(BookerKind.COLLABORATION_EVENT, BookerKind.CENTRE_INTERNAL), null, 180, true),
                "市・区との協働事業の会場（占用）。アトリウムとの一体利用は市民協働推進課と調整。");
        space("スペースB", SpaceKind.ROOM, 48, new SpaceRules(
                Set.of(BookerKind.COLLABORATION_EVENT, BookerKind.CENTRE_INTERNAL), null, 180, true), null);
        space("プロジェクター", SpaceKind.EQUIPMENT, null, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL, BookerKind.COLLABORATION_EVENT),
                null, 90, false), null);
        space("ワイヤレスマイク", SpaceKind.EQUIPMENT, null, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL, BookerKind.COLLABORATION_EVENT),
                null, 90, false), null);
        LocalDate day = nextOpenDay(request.today().plusDays(1));
        book(lab, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "センター主催 NPO会計講座", Purpose.EVENT_SEMINAR, 20);
        book(lab, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "センター職員会議", Purpose.MEETING, 8);
        book(a, nextOpenDay(day.plusDays(2)), LocalTime.of(13, 0), LocalTime.of(16, 0), "協働事業 報告会（準備）",
                Purpose.COLLABORATION_VENUE, 40);
        bookings.flush();
    }

    private Space space(String name, SpaceKind kind, Integer capacity, SpaceRules rules, String note) {
        Space space = Space.create(name, kind, capacity, WEEK, 30, rules, note, clock.now(), BY);
        bookings.add(space);
        return space;
    }

    private void book(Space space, LocalDate date, LocalTime start, LocalTime end, String who, Purpose purpose,
                      int headcount) {
        Booking booking = Booking.request(new BookingRequest(space.id(), BookerKind.CENTRE_INTERNAL, null, purpose, date,
                start, end, headcount, null), who, false, null, clock.now(), BY);
        bookings.add(booking);
        bookings.hold(booking, space);
    }

    private static LocalDate nextOpenDay(LocalDate from) {
        return from.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? from.plusDays(1) : from;
    }
}
