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
import java.util.List;
import java.util.Set;

/**
 * Demo spaces. The city centre's own rooms (domain model b.8) belong to the city centre only: 協働ラボ for
 * registered groups (about 30 seats, evenings to 20:00 by reservation), スペースA・B kept for collaboration events
 * (about 48 seats, staff approval). A ward centre gets two or three rooms of its own. Every demo centre gets a projector and
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
            wardCentre(request.tenant().value(), request.today());
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

    /** The kinds of room a ward centre has (the seeds name none of a ward centre's rooms): name, seats. */
    private static final List<Object[]> WARD_ROOMS = List.of(new Object[]{"会議室", 24}, new Object[]{"研修室", 36},
            new Object[]{"多目的室", 40}, new Object[]{"交流スペース", 20}, new Object[]{"作業室", 10},
            new Object[]{"和室", 16}, new Object[]{"ミーティングコーナー", 8});

    /**
     * A ward centre's own rooms: two or three of the kinds above, chosen by the centre (the same each time), with
     * seats of their own; a centre replaces them with its real rooms on the spaces page.
     */
    private void wardCentre(String centre, LocalDate today) {
        int first = Math.floorMod(centre.hashCode(), WARD_ROOMS.size());
        int rooms = 2 + Math.floorMod(centre.hashCode() / 7, 2);
        Space main = null;
        for (int i = 0; i < rooms; i++) {
            Object[] room = WARD_ROOMS.get((first + 2 * i) % WARD_ROOMS.size());
            int seats = (Integer) room[1] + 2 * Math.floorMod(centre.hashCode() / 3 + i, 5);
            Space space = space((String) room[0], SpaceKind.ROOM, seats, new SpaceRules(
                    Set.of(BookerKind.REGISTERED_ORGANISATION, BookerKind.CENTRE_INTERNAL), 3, 90, false),
                    "登録団体の打合せ・講座（デモ用の部屋です。センターの実際の部屋に置き換えてください）。");
            main = main == null ? space : main;
        }
        LocalDate day = nextOpenDay(today.plusDays(1));
        book(main, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "センター主催 団体運営相談会", Purpose.EVENT_SEMINAR, 8);
        book(main, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "センター職員会議", Purpose.MEETING, 6);
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
