package jp.kyodonet.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One session of a programme: when, where (a space of the centre, booked through the booking capability,
 * or online, or both), the lecturer, the places. It also numbers its registrations: a registration locks
 * its session, so places and waiting positions are handed out one at a time, in order.
 */
@Entity
@EntityListeners(jp.kyodonet.programme.control.ProgrammeChanges.class)
@Table(name = "programme_session")
public class ProgrammeSession extends TenantOwned {

    @Column(name = "programme_id", nullable = false, length = 36, updatable = false)
    private String programmeId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 16)
    private PlaceKind placeKind;

    @Column(name = "space_id", length = 36)
    private String spaceId;

    @Column(name = "booking_id", length = 36)
    private String bookingId;

    @Column(name = "place_note", length = 200)
    private String placeNote;

    @Column(name = "lecturer", length = 200)
    private String lecturer;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "last_sequence", nullable = false)
    private int lastSequence;

    protected ProgrammeSession() {
        // for JPA
    }

    public ProgrammeSession(UUID programmeId, String title, LocalDate date, LocalTime start, LocalTime end,
                            PlaceKind placeKind, UUID spaceId, UUID bookingId, String placeNote, String lecturer,
                            int capacity) {
        super(UUID.randomUUID());
        this.programmeId = programmeId.toString();
        this.title = title.strip();
        this.date = date;
        this.start = start;
        this.end = end;
        this.placeKind = placeKind;
        this.spaceId = spaceId == null ? null : spaceId.toString();
        this.bookingId = bookingId == null ? null : bookingId.toString();
        this.placeNote = placeNote == null || placeNote.isBlank() ? null : placeNote.strip();
        this.lecturer = lecturer == null || lecturer.isBlank() ? null : lecturer.strip();
        this.capacity = capacity;
    }

    /** The next registration number of this session (call with the session locked). */
    public int nextSequence() {
        return ++lastSequence;
    }

    public UUID programmeId() { return UUID.fromString(programmeId); }
    public String title() { return title; }
    public LocalDate date() { return date; }
    /** Whether the session has begun at {@code now} (its day and start in Japan time). */
    public boolean hasBegun(java.time.Instant now) {
        return !date.atTime(start).isAfter(java.time.LocalDateTime.ofInstant(now, jp.kyodonet.platform.time.BusinessClock.JAPAN));
    }

    /** Whether the session is over at {@code now}. */
    public boolean isOver(java.time.Instant now) {
        return !date.atTime(end).isAfter(java.time.LocalDateTime.ofInstant(now, jp.kyodonet.platform.time.BusinessClock.JAPAN));
    }

    public LocalTime start() { return start; }
    public LocalTime end() { return end; }
    public PlaceKind placeKind() { return placeKind; }
    public UUID spaceId() { return spaceId == null ? null : UUID.fromString(spaceId); }
    public UUID bookingId() { return bookingId == null ? null : UUID.fromString(bookingId); }
    public String placeNote() { return placeNote; }
    public String lecturer() { return lecturer; }
    public int capacity() { return capacity; }
}
