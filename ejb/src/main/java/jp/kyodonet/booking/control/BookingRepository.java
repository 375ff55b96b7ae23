package jp.kyodonet.booking.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.booking.entity.Booking;
import jp.kyodonet.booking.entity.BookingSlot;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.booking.entity.Space;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current centre's spaces, bookings and held slots (tenant-filtered persistence unit). */
@Dependent
public class BookingRepository {

    private static final Collection<BookingStatus> HOLDING = EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED,
            BookingStatus.CHECKED_IN, BookingStatus.COMPLETED);

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public Optional<Space> space(UUID id) {
        return Optional.ofNullable(em.find(Space.class, id.toString()));
    }

    public List<Space> spaces() {
        return em.createQuery("SELECT s FROM Space s ORDER BY s.kind DESC, s.name", Space.class).getResultList();
    }

    public Optional<Booking> booking(UUID id) {
        return Optional.ofNullable(em.find(Booking.class, id.toString()));
    }

    public void add(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    /** The bookings of a day, all spaces or one, by start time. */
    public List<Booking> day(LocalDate date, UUID spaceId) {
        var query = em.createQuery("SELECT b FROM Booking b WHERE b.date = :date"
                + (spaceId == null ? "" : " AND b.spaceId = :space") + " ORDER BY b.start, b.id", Booking.class)
                .setParameter("date", date);
        if (spaceId != null) {
            query.setParameter("space", spaceId.toString());
        }
        return query.getResultList();
    }

    /** The bookings of a space between two dates (inclusive). */
    public List<Booking> between(UUID spaceId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.spaceId = :space AND b.date BETWEEN :from AND :to",
                        Booking.class)
                .setParameter("space", spaceId.toString())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Hours an organisation holds on a space on a day. */
    public double hoursHeld(UUID organisationId, UUID spaceId, LocalDate date) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.organisationId = :org AND b.spaceId = :space"
                        + " AND b.date = :date AND b.status IN :holding", Booking.class)
                .setParameter("org", organisationId.toString())
                .setParameter("space", spaceId.toString())
                .setParameter("date", date)
                .setParameter("holding", HOLDING)
                .getResultStream().mapToDouble(Booking::hours).sum();
    }

    /** Which of these slot starts of a space are already held. */
    public List<LocalDateTime> held(UUID spaceId, Collection<LocalDateTime> starts) {
        if (starts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.slotStart FROM BookingSlot s WHERE s.spaceId = :space AND s.slotStart IN :starts",
                        LocalDateTime.class)
                .setParameter("space", spaceId.toString())
                .setParameter("starts", starts)
                .getResultList();
    }

    /** The held slot starts of a space on a day. */
    public List<LocalDateTime> heldOn(UUID spaceId, LocalDate date) {
        return em.createQuery("SELECT s.slotStart FROM BookingSlot s WHERE s.spaceId = :space"
                        + " AND s.slotStart >= :from AND s.slotStart < :to ORDER BY s.slotStart", LocalDateTime.class)
                .setParameter("space", spaceId.toString())
                .setParameter("from", date.atStartOfDay())
                .setParameter("to", date.plusDays(1).atStartOfDay())
                .getResultList();
    }

    /** Releases the slots of a booking that no longer holds them. */
    public void release(UUID bookingId) {
        em.createQuery("SELECT s FROM BookingSlot s WHERE s.bookingId = :booking", BookingSlot.class)
                .setParameter("booking", bookingId.toString())
                .getResultList()
                .forEach(em::remove);
    }

    /** How many bookings of a space, in a status, between two dates. */
    public long count(UUID spaceId, BookingStatus status, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.spaceId = :space AND b.status = :status"
                        + " AND b.date BETWEEN :from AND :to", Long.class)
                .setParameter("space", spaceId.toString())
                .setParameter("status", status)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    /** Inserts the slot rows a booking holds (the unique key refuses any already held). */
    public void hold(Booking booking, Space space) {
        for (LocalDateTime start : space.slots(booking.date(), booking.start(), booking.end())) {
            em.persist(new BookingSlot(booking.id(), space.id(), start));
        }
    }
}
