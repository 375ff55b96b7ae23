package jp.kyodonet.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.booking.control.BookingRepository;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.Booking;
import jp.kyodonet.booking.entity.BookingRequest;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.booking.entity.OpeningHours;
import jp.kyodonet.booking.entity.Space;
import jp.kyodonet.booking.entity.SpaceKind;
import jp.kyodonet.booking.entity.SpaceRules;
import jp.kyodonet.organisation.control.OrganisationRepository;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.kyodonet.mail.control.Notices;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import java.util.Set;

/**
 * 貸館・予約 of the caller's centre: spaces and their rules (managers), bookings (staff), and the day's
 * calendar and monthly usage. A booking is checked against its space's rules, then holds one slot row per
 * bookable unit; the database's unique key on (space, slot) refuses a double booking under any number of
 * parallel requests (409).
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class BookingService {

    static final String SPACE = "space";
    static final String BOOKING = "booking";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    BookingRepository bookings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    // ---- spaces

    public List<SpaceView> spaces() {
        return bookings.spaces().stream().map(BookingService::view).toList();
    }

    public SpaceView space(@NotNull UUID id) {
        return view(findSpace(id));
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public SpaceView createSpace(@Valid @NotNull SpaceForm form) {
        Space space = Space.create(form.name(), form.kind(), form.capacity(), hours(form.openingHours()),
                form.slotMinutes(), rules(form), form.note(), clock.now(), user.signature());
        bookings.add(space);
        flush();
        audit.record(AuditEntry.Action.CREATE, SPACE, space.id());
        return view(space);
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public SpaceView reviseSpace(@NotNull UUID id, long version, @Valid @NotNull SpaceForm form, boolean active) {
        Space space = findSpace(id);
        requireVersion(space.isAtVersion(version));
        if (space.kind() != form.kind()) {
            throw DomainException.invalidInput(List.of(new FieldError("kind", new Message(
                    "部屋と機材の種別は変更できません", "a space's kind cannot change"))));
        }
        space.describe(form.name(), form.capacity(), hours(form.openingHours()), form.slotMinutes(), rules(form),
                form.note(), clock.now(), user.signature());
        space.setActive(active, clock.now(), user.signature());
        flush();
        audit.record(AuditEntry.Action.UPDATE, SPACE, id);
        return view(space);
    }

    // ---- bookings

    /**
     * Books a space (and equipment for the same time), or a series of dates. A single booking is all or
     * nothing: a broken rule or a held slot answers 409 and nothing is written. In a series, dates that
     * clash or break a rule are skipped and reported; the others are booked.
     */
    public BookingResult book(@Valid @NotNull BookingForm form) {
        Space space = findSpace(form.spaceId());
        if (space.kind() != SpaceKind.ROOM && form.equipmentIds() != null && !form.equipmentIds().isEmpty()) {
            throw DomainException.invalidInput(List.of(new FieldError("equipmentIds", new Message(
                    "機材は部屋の予約に添えるか、機材だけで予約してください", "equipment goes with a room booking or alone"))));
        }
        List<Space> equipment = new ArrayList<>();
        for (UUID itemId : form.equipmentIds() == null ? List.<UUID>of() : form.equipmentIds()) {
            Space item = findSpace(itemId);
            if (item.kind() != SpaceKind.EQUIPMENT) {
                throw DomainException.invalidInput(List.of(new FieldError("equipmentIds", new Message(
                        item.name() + " は機材ではありません", item.name() + " is not equipment"))));
            }
            equipment.add(item);
        }
        String bookerName = bookerName(form);
        BookingRequest first = new BookingRequest(space.id(), form.bookerKind(), form.organisationId(), form.purpose(),
                form.date(), form.start(), form.end(), form.headcount(), form.note());
        List<LocalDate> dates = dates(form);
        UUID series = dates.size() > 1 || !equipment.isEmpty() ? UUID.randomUUID() : null;
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), JAPAN);
        List<BookingView> made = new ArrayList<>();
        List<BookingResult.Skipped> skipped = new ArrayList<>();
        for (LocalDate date : dates) {
            BookingRequest request = first.on(date);
            try {
                List<Booking> occurrence = new ArrayList<>();
                occurrence.add(place(space, request, bookerName, series, now, dates.size() > 1));
                for (Space item : equipment) {
                    BookingRequest loan = new BookingRequest(item.id(), request.bookerKind(), request.organisationId(),
                            request.purpose(), date, request.start(), request.end(), 1, request.note());
                    occurrence.add(place(item, loan, bookerName, series, now, dates.size() > 1));
                }
                occurrence.forEach(b -> made.add(view(b, b.spaceId().equals(space.id()) ? space : findSpace(b.spaceId()))));
            } catch (DomainException refused) {
                if (dates.size() == 1) {
                    throw refused;
                }
                skipped.add(new BookingResult.Skipped(date, refused.detail().ja(), refused.detail().en()));
            }
        }
        try {
            bookings.flush();
        } catch (PersistenceException clash) {
            throw taken();
        }
        made.forEach(b -> audit.record(AuditEntry.Action.CREATE, BOOKING, b.id()));
        made.stream().filter(b -> b.status() == BookingStatus.REQUESTED && b.spaceId().equals(space.id())).findFirst()
                .ifPresent(b -> notices.toCentre(tenant.get().orElseThrow(),
                        Set.of(Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR), new Notices.Notice(
                                Notices.Kind.BOOKING_TO_APPROVE, "bookings", b.id().toString(), new Message(
                                space.name() + " " + b.date() + " " + b.start() + "-" + b.end()
                                        + (made.size() > 1 ? "（ほか" + (made.size() - 1) + "件）" : ""),
                                space.name() + " " + b.date() + " " + b.start() + "-" + b.end()
                                        + (made.size() > 1 ? " (and " + (made.size() - 1) + " more)" : "")))));
        return new BookingResult(made, skipped);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentTenant tenant;

    /** Checks one booking against the rules and what is held, then adds it and its slots. */
    private Booking place(Space space, BookingRequest request, String bookerName, UUID series, LocalDateTime now,
                          boolean inSeries) {
        boolean registered = request.organisationId() == null || organisations.find(request.organisationId())
                .map(o -> o.status() == RegistrationStatus.REGISTERED).orElse(false);
        double held = request.organisationId() == null ? 0
                : bookings.hoursHeld(request.organisationId(), space.id(), request.date());
        space.check(request, registered, held, now);
        List<LocalDateTime> slots = space.slots(request.date(), request.start(), request.end());
        if (inSeries && !bookings.held(space.id(), slots).isEmpty()) {
            throw taken();
        }
        Booking booking = Booking.request(request, bookerName, space.rules().approvalRequired(), series, clock.now(),
                user.signature());
        bookings.add(booking);
        bookings.hold(booking, space);
        return booking;
    }

    /** The bookings of a day (one space or all), with the booker, for the centre's calendar. */
    public List<BookingView> day(@NotNull LocalDate date, UUID spaceId) {
        Map<UUID, Space> spaces = bookings.spaces().stream().collect(Collectors.toMap(Space::id, s -> s));
        return bookings.day(date, spaceId).stream().map(b -> view(b, spaces.get(b.spaceId()))).toList();
    }

    public BookingView booking(@NotNull UUID id) {
        Booking booking = findBooking(id);
        return view(booking, findSpace(booking.spaceId()));
    }

    public BookingView approve(@NotNull UUID id, long version) {
        return change(id, version, b -> b.approve(clock.now(), user.signature()));
    }

    public BookingView decline(@NotNull UUID id, long version, @NotNull String reason) {
        return change(id, version, b -> b.decline(reason, clock.now(), user.signature()));
    }

    public BookingView cancel(@NotNull UUID id, long version) {
        return change(id, version, b -> b.cancel(clock.now(), user.signature()));
    }

    public BookingView checkIn(@NotNull UUID id, long version) {
        return change(id, version, b -> b.checkIn(clock.today(), clock.now(), user.signature()));
    }

    public BookingView complete(@NotNull UUID id, long version) {
        return change(id, version, b -> b.complete(clock.now(), user.signature()));
    }

    /** A space's use in a month. */
    public UsageReport usage(@NotNull UUID spaceId, @NotNull YearMonth month) {
        Space space = findSpace(spaceId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Booking> used = bookings.between(spaceId, from, to).stream().filter(b -> b.status().isUse()).toList();
        double booked = used.stream().mapToDouble(Booking::hours).sum();
        OpeningHours hours = space.hours();
        double open = from.datesUntil(to.plusDays(1))
                .mapToDouble(d -> hours.on(d.getDayOfWeek()).map(s -> s.minutes() / 60.0).orElse(0.0)).sum();
        return new UsageReport(space.name(), month.toString(), booked, open, open == 0 ? null : booked / open,
                used.stream().mapToLong(Booking::headcount).sum(), used.size(),
                bookings.count(spaceId, BookingStatus.DECLINED, from, to),
                bookings.count(spaceId, BookingStatus.CANCELLED, from, to));
    }

    private BookingView change(UUID id, long version, Consumer<Booking> move) {
        Booking booking = findBooking(id);
        requireVersion(booking.isAtVersion(version));
        move.accept(booking);
        if (!booking.status().holdsSlots()) {
            bookings.release(id);
        }
        flush();
        audit.record(AuditEntry.Action.UPDATE, BOOKING, id);
        return view(booking, findSpace(booking.spaceId()));
    }

    private String bookerName(BookingForm form) {
        if (form.bookerKind() == BookerKind.REGISTERED_ORGANISATION) {
            if (form.organisationId() == null) {
                throw DomainException.invalidInput(List.of(new FieldError("organisationId", new Message(
                        "登録団体の予約には団体を指定してください", "name the organisation"))));
            }
            return organisations.find(form.organisationId()).map(Organisation::name)
                    .orElseThrow(() -> DomainException.invalidInput(List.of(new FieldError("organisationId", new Message(
                            "このセンターに該当する団体がありません", "no such organisation at this centre")))));
        }
        if (form.bookerName() == null || form.bookerName().isBlank()) {
            throw DomainException.invalidInput(List.of(new FieldError("bookerName", new Message(
                    "利用者（部署・事業名）を入力してください", "name who uses the space (division or event)"))));
        }
        return form.bookerName().strip();
    }

    private static List<LocalDate> dates(BookingForm form) {
        int count = form.repeat() == null ? 1 : form.occurrences() == null ? 1 : form.occurrences();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(form.repeat() == BookingForm.Repeat.MONTHLY ? form.date().plusMonths(i) : form.date().plusWeeks(i));
        }
        return dates;
    }

    private static OpeningHours hours(String text) {
        try {
            return OpeningHours.parse(text);
        } catch (IllegalArgumentException bad) {
            throw DomainException.invalidInput(List.of(new FieldError("openingHours", new Message(
                    "開館時間が読めません: " + bad.getMessage(), "unreadable opening hours: " + bad.getMessage()))));
        }
    }

    private static SpaceRules rules(SpaceForm form) {
        return new SpaceRules(form.eligible(), form.maxHoursPerDay(), form.maxDaysAhead(), form.approvalRequired());
    }

    private Space findSpace(UUID id) {
        return bookings.space(id).orElseThrow(() -> DomainException.notFound("部屋・機材", "Space"));
    }

    private Booking findBooking(UUID id) {
        return bookings.booking(id).orElseThrow(() -> DomainException.notFound("予約", "Booking"));
    }

    private static void requireVersion(boolean atVersion) {
        if (!atVersion) {
            throw DomainException.staleVersion();
        }
    }

    private void flush() {
        try {
            bookings.flush();
        } catch (OptimisticLockException concurrent) {
            throw DomainException.staleVersion();
        }
    }

    private static DomainException taken() {
        return DomainException.conflict(new Message("その時間はすでに予約されています（空き状況を確認してください）",
                "That time is already booked; check the availability"));
    }

    static SpaceView view(Space s) {
        SpaceRules rules = s.rules();
        return new SpaceView(s.id(), s.version(), s.name(), s.kind(), s.capacity(), s.hours().toString(), s.slotMinutes(),
                rules.eligible(), rules.maxHoursPerDay(), rules.maxDaysAhead(), rules.approvalRequired(), s.active(),
                s.note());
    }

    private static BookingView view(Booking b, Space space) {
        return new BookingView(b.id(), b.version(), b.spaceId(), space == null ? null : space.name(), b.bookerKind(),
                b.organisationId(), b.bookerName(), b.purpose(), b.date(), b.start(), b.end(), b.headcount(), b.note(),
                b.status(), b.declineReason(), b.seriesId(), b.createdAt(), b.createdBy(), b.updatedAt(), b.updatedBy());
    }
}
