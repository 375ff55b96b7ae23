package jp.kyodonet.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A bookable room or equipment item of a centre (domain model b.8): capacity, opening hours per weekday,
 * the bookable unit, and its rules. {@link #check} applies the rules to a request.
 */
@Entity
@EntityListeners(jp.kyodonet.booking.control.BookingChanges.class)
@Table(name = "space")
public class Space extends TenantOwned {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SpaceKind kind;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "opening_hours", nullable = false, length = 200)
    private String openingHours;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Convert(converter = EligibilityConverter.class)
    @Column(name = "eligible", nullable = false, length = 100)
    private Set<BookerKind> eligible;

    @Column(name = "max_hours_per_day")
    private Integer maxHoursPerDay;

    @Column(name = "max_days_ahead", nullable = false)
    private int maxDaysAhead;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Space() {
        // for JPA
    }

    public static Space create(String name, SpaceKind kind, Integer capacity, OpeningHours hours, int slotMinutes,
                               SpaceRules rules, String note, Instant now, String by) {
        Space space = new Space(UUID.randomUUID());
        space.active = true;
        space.kind = kind;
        space.describe(name, capacity, hours, slotMinutes, rules, note, now, by);
        return space;
    }

    private Space(UUID id) {
        super(id);
    }

    public void describe(String name, Integer capacity, OpeningHours hours, int slotMinutes, SpaceRules rules,
                         String note, Instant now, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (slotMinutes != 15 && slotMinutes != 30 && slotMinutes != 60) {
            errors.add(new FieldError("slotMinutes", new Message("15・30・60 分のいずれかにしてください", "must be 15, 30 or 60")));
        }
        if (kind == SpaceKind.ROOM && (capacity == null || capacity < 1)) {
            errors.add(new FieldError("capacity", new Message("部屋には定員が必要です", "a room needs a capacity")));
        }
        if (rules.eligible().isEmpty()) {
            errors.add(new FieldError("eligible", new Message("予約できる利用者を一つ以上選んでください",
                    "choose at least one kind of booker")));
        }
        if (hours.isEmpty()) {
            errors.add(new FieldError("openingHours", new Message("開館時間を一日以上指定してください",
                    "give the opening hours of at least one day")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        this.name = name.strip();
        this.capacity = kind == SpaceKind.ROOM ? capacity : null;
        this.openingHours = hours.toString();
        this.slotMinutes = slotMinutes;
        this.eligible = rules.eligible();
        this.maxHoursPerDay = rules.maxHoursPerDay();
        this.maxDaysAhead = rules.maxDaysAhead();
        this.approvalRequired = rules.approvalRequired();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void setActive(boolean active, Instant now, String by) {
        this.active = active;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /**
     * Applies the space's rules to a request; a refusal names the rule (409).
     *
     * @param organisationRegistered whether the booking organisation is registered at this centre
     * @param hoursHeldThatDay       hours the same organisation already holds on this space that day
     */
    public void check(BookingRequest request, boolean organisationRegistered, double hoursHeldThatDay,
                      LocalDateTime now) {
        if (!active) {
            throw refused("この" + label() + "は現在予約を受け付けていません", "This space is not taking bookings");
        }
        if (!eligible.contains(request.bookerKind())) {
            throw refused("この" + label() + "を予約できるのは " + eligibleJa() + " です（予約できる利用者の規則）",
                    "Only " + eligible + " may book this space (eligibility rule)");
        }
        if (request.bookerKind() == BookerKind.REGISTERED_ORGANISATION && !organisationRegistered) {
            throw refused("登録団体だけが予約できます。団体登録（更新を含む）を済ませてください（登録団体の規則）",
                    "Only registered organisations may book (registration rule)");
        }
        LocalDateTime start = request.date().atTime(request.start());
        if (!start.isAfter(now)) {
            throw refused("過去の時間は予約できません", "A booking cannot start in the past");
        }
        if (request.date().isAfter(now.toLocalDate().plusDays(maxDaysAhead))) {
            throw refused(maxDaysAhead + "日先までしか予約できません（予約可能期間の規則）",
                    "Bookable at most " + maxDaysAhead + " days ahead (booking window rule)");
        }
        OpeningHours.Span span = hours().on(request.date().getDayOfWeek()).orElseThrow(() -> refused(
                request.date() + "（" + request.date().getDayOfWeek() + "）は休館日です（開館時間の規則）",
                request.date() + " is a closed day (opening hours rule)"));
        if (!span.contains(request.start(), request.end())) {
            throw refused("開館時間 " + span.opens() + "〜" + span.closes() + " の外です（開館時間の規則）",
                    "Outside the opening hours " + span.opens() + "-" + span.closes() + " (opening hours rule)");
        }
        if (minutesOf(request.start()) % slotMinutes != 0 || minutesOf(request.end()) % slotMinutes != 0) {
            throw refused(slotMinutes + "分単位で予約してください（予約単位の規則）",
                    "Book in units of " + slotMinutes + " minutes (unit rule)");
        }
        if (capacity != null && request.headcount() > capacity) {
            throw refused("人数 " + request.headcount() + " 人は定員 " + capacity + " 人を超えます（定員の規則）",
                    request.headcount() + " people exceed the capacity of " + capacity + " (capacity rule)");
        }
        if (maxHoursPerDay != null && request.bookerKind() == BookerKind.REGISTERED_ORGANISATION
                && hoursHeldThatDay + request.hours() > maxHoursPerDay) {
            throw refused("1団体1日 " + maxHoursPerDay + " 時間までです（すでに " + format(hoursHeldThatDay)
                            + " 時間予約済み。1日の上限時間の規則）",
                    "At most " + maxHoursPerDay + " hours per organisation per day (" + format(hoursHeldThatDay)
                            + " already held; daily hour limit rule)");
        }
    }

    /** The slot starts a booking of this space from {@code start} to {@code end} on {@code date} holds. */
    public List<LocalDateTime> slots(LocalDate date, LocalTime start, LocalTime end) {
        List<LocalDateTime> slots = new ArrayList<>();
        for (LocalTime t = start; t.isBefore(end); t = t.plusMinutes(slotMinutes)) {
            slots.add(date.atTime(t));
        }
        return slots;
    }

    private String label() {
        return kind == SpaceKind.ROOM ? "部屋" : "機材";
    }

    private String eligibleJa() {
        List<String> names = new ArrayList<>();
        for (BookerKind k : BookerKind.values()) {
            if (eligible.contains(k)) {
                names.add(BookingVocabulary.label(k).ja());
            }
        }
        return String.join("・", names);
    }

    private static int minutesOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String format(double hours) {
        return hours == Math.floor(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    private static DomainException refused(String ja, String en) {
        return DomainException.conflict(new Message(ja, en));
    }

    public OpeningHours hours() {
        return OpeningHours.parse(openingHours);
    }

    public String name() { return name; }
    public SpaceKind kind() { return kind; }
    public Integer capacity() { return capacity; }
    public int slotMinutes() { return slotMinutes; }
    public SpaceRules rules() { return new SpaceRules(eligible, maxHoursPerDay, maxDaysAhead, approvalRequired); }
    public boolean active() { return active; }
    public String note() { return note; }
}
