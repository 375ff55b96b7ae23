package jp.kyodonet.booking.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodonet.booking.entity.Booking;
import jp.kyodonet.booking.entity.Space;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.kpi.FactSheet;

/** Announces the changes of bookings and rooms ({@link BookingsChanged}). */
public class BookingChanges {

    @PostLoad
    void loaded(Object record) {
        if (record instanceof Booking b) {
            CountedRecords.loaded(b, CountedRecords.yearsOf(b.date()));
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        if (record instanceof Booking b) {
            CountedRecords.changed(b, CountedRecords.yearsOf(b.date()), ys -> new BookingsChanged(ys, false));
        } else if (record instanceof Space s) {
            CountedRecords.changed(s, CountedRecords.yearsOf(LocalDate.now(FactSheet.JAPAN)), ys -> new BookingsChanged(ys, true));
        }
    }
}
