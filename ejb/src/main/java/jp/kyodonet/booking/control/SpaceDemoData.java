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
 * Demo spaces. The city centre's own rooms (domain model b.8) belong to the city centre only: 協働ラボ for
 * registered groups (about 30 seats, evenings to 20:00 by reservation), スペースA・B kept for collaboration events
 * (about 48 seats, staff approval). A ward centre gets one meeting corner. Every demo centre gets a projector and
 * a microphone, and a few of its own bookings. Added only to a centre with no space yet.
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
        if ("city".equals(request.tenant().value())) {
            cityCentre(request.today());
        } else {
            wardCentre(request.today());
        }
        equipment();
        bookings.flush();
    }

    /** The city centre's own rooms (seed 001, 000): 協働ラボ and スペースA・B. */
    private void cityCentre(LocalDate today) {
        Space lab = space("協働ラボ", SpaceKind.ROOM, 30, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL), 3, 90, false),
                "登録団体の打合せ・イベント。平日18:00〜20:00は予約制。");
        Space a = space("スペースA", SpaceKind.ROOM, 48, new SpaceRules(
                Set.of(BookerKind.COLLABORATION_EVENT, BookerKind.CENTRE_INTERNAL), null, 180, true),
                "市・区との協働事業の会場（占用）。アトリウムとの一体利用は市民協働推進課と調整。");
        space("スペースB", SpaceKind.ROOM, 48, new SpaceRules(
                Set.of(BookerKind.COLLABORATION_EVENT, BookerKind.CENTRE_INTERNAL), null, 180, true), null);
        LocalDate day = nextOpenDay(today.plusDays(1));
        book(lab, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "センター主催 NPO会計講座", Purpose.EVENT_SEMINAR, 20);
        book(lab, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "センター職員会議", Purpose.MEETING, 8);
        book(a, nextOpenDay(day.plusDays(2)), LocalTime.of(13, 0), LocalTime.of(16, 0), "協働事業 報告会（準備）",
                Purpose.COLLABORATION_VENUE, 40);
    }

    /**
     * A ward centre's demo room: the seeds name no ward centre's rooms, so one meeting corner for registered
     * groups and the centre; a centre replaces it with its own rooms on the spaces page.
     */
    private void wardCentre(LocalDate today) {
        Space corner = space("ミーティングコーナー", SpaceKind.ROOM, 12, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL), 3, 90, false),
                "登録団体の打合せ（デモ用の部屋です。センターの実際の部屋に置き換えてください）。");
        LocalDate day = nextOpenDay(today.plusDays(1));
        book(corner, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "センター主催 団体運営相談会", Purpose.EVENT_SEMINAR, 8);
        book(corner, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "センター職員会議", Purpose.MEETING, 6);
    }

    private void equipment() {
        space("プロジェクター", SpaceKind.EQUIPMENT, null, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL, BookerKind.COLLABORATION_EVENT),
                null, 90, false), null);
        space("ワイヤレスマイク", SpaceKind.EQUIPMENT, null, new SpaceRules(
                Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL, BookerKind.COLLABORATION_EVENT),
                null, 90, false), null);
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
