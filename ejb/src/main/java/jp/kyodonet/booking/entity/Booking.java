package jp.kyodonet.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A booking of one space (room or equipment item) for one time range on one day (domain model b.8).
 * While it holds its slots ({@link BookingStatus#holdsSlots}) its {@link BookingSlot} rows exist, and the
 * database's unique key on (space, slot) is what makes a double booking impossible.
 */
@Entity
@EntityListeners(jp.kyodonet.booking.control.BookingChanges.class)
@Table(name = "booking")
public class Booking extends TenantOwned {

    @Column(name = "space_id", nullable = false, length = 36, updatable = false)
    private String spaceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "booker_kind", nullable = false, length = 32, updatable = false)
    private BookerKind bookerKind;

    @Column(name = "organisation_id", length = 36, updatable = false)
    private String organisationId;

    @Column(name = "booker_name", nullable = false, length = 200, updatable = false)
    private String bookerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 32, updatable = false)
    private Purpose purpose;

    @Column(name = "booking_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime end;

    @Column(name = "headcount", nullable = false, updatable = false)
    private int headcount;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "series_id", length = 36, updatable = false)
    private String seriesId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Booking() {
        // for JPA
    }

    /** A request that passed the space's rules: confirmed at once unless the space wants staff approval. */
    public static Booking request(BookingRequest request, String bookerName, boolean approvalRequired, UUID seriesId,
                                  Instant now, String by) {
        Booking booking = new Booking(UUID.randomUUID());
        booking.spaceId = request.spaceId().toString();
        booking.bookerKind = request.bookerKind();
        booking.organisationId = request.organisationId() == null ? null : request.organisationId().toString();
        booking.bookerName = bookerName;
        booking.purpose = request.purpose();
        booking.date = request.date();
        booking.start = request.start();
        booking.end = request.end();
        booking.headcount = request.headcount();
        booking.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        booking.status = approvalRequired ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        booking.seriesId = seriesId == null ? null : seriesId.toString();
        booking.createdAt = now;
        booking.createdBy = by;
        booking.touch(now, by);
        return booking;
    }

    private Booking(UUID id) {
        super(id);
    }

    public void approve(Instant now, String by) {
        move(EnumSet.of(BookingStatus.REQUESTED), BookingStatus.CONFIRMED, "承認", "approved", now, by);
    }

    /** Staff decline a request; its slots are released. */
    public void decline(String reason, Instant now, String by) {
        move(EnumSet.of(BookingStatus.REQUESTED), BookingStatus.DECLINED, "辞退（お断り）", "declined", now, by);
        declineReason = reason.strip();
    }

    /** The booker or staff cancel; its slots are released. */
    public void cancel(Instant now, String by) {
        move(EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED), BookingStatus.CANCELLED, "取消", "cancelled",
                now, by);
    }

    /** Reception hands over the usage slip (利用票) on the day. */
    public void checkIn(LocalDate today, Instant now, String by) {
        if (!today.equals(date)) {
            throw DomainException.conflict(new Message("利用票の受付は利用日（" + date + "）当日だけです",
                    "Check-in is on the day of use (" + date + ") only"));
        }
        move(EnumSet.of(BookingStatus.CONFIRMED), BookingStatus.CHECKED_IN, "利用受付", "checked in", now, by);
    }

    public void complete(Instant now, String by) {
        move(EnumSet.of(BookingStatus.CHECKED_IN), BookingStatus.COMPLETED, "利用完了", "completed", now, by);
    }

    private void move(Set<BookingStatus> from, BookingStatus to, String ja, String en, Instant now, String by) {
        if (!from.contains(status)) {
            Message current = BookingVocabulary.label(status);
            throw DomainException.conflict(new Message("この予約は「" + current.ja() + "」のため" + ja + "できません",
                    "This booking is " + current.en().toLowerCase() + " and cannot be " + en));
        }
        status = to;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    public double hours() {
        return java.time.Duration.between(start, end).toMinutes() / 60.0;
    }

    public UUID spaceId() { return UUID.fromString(spaceId); }
    public BookerKind bookerKind() { return bookerKind; }
    public UUID organisationId() { return organisationId == null ? null : UUID.fromString(organisationId); }
    public String bookerName() { return bookerName; }
    public Purpose purpose() { return purpose; }
    public LocalDate date() { return date; }
    public LocalTime start() { return start; }
    public LocalTime end() { return end; }
    public int headcount() { return headcount; }
    public String note() { return note; }
    public BookingStatus status() { return status; }
    public String declineReason() { return declineReason; }
    public UUID seriesId() { return seriesId == null ? null : UUID.fromString(seriesId); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
