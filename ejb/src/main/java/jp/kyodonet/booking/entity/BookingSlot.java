package jp.kyodonet.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One bookable unit of a space held by a booking. The unique key (tenant, space, slot start) in the
 * database refuses a second booking of the same unit, whatever the number of parallel requests.
 */
@Entity
@Table(name = "booking_slot")
public class BookingSlot extends TenantOwned {

    @Column(name = "booking_id", nullable = false, length = 36, updatable = false)
    private String bookingId;

    @Column(name = "space_id", nullable = false, length = 36, updatable = false)
    private String spaceId;

    @Column(name = "slot_start", nullable = false, updatable = false)
    private LocalDateTime slotStart;

    protected BookingSlot() {
        // for JPA
    }

    public BookingSlot(UUID bookingId, UUID spaceId, LocalDateTime slotStart) {
        super(UUID.randomUUID());
        this.bookingId = bookingId.toString();
        this.spaceId = spaceId.toString();
        this.slotStart = slotStart;
    }
}
