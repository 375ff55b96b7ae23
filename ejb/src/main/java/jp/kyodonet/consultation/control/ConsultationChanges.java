package jp.kyodonet.consultation.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.Referral;
import jp.kyodonet.kpi.CountedRecords;

/**
 * Announces the changes of counted consultations and referrals ({@link ConsultationsChanged},
 * {@link ReferralsChanged}) with the fiscal years they count in, before and after the change.
 */
public class ConsultationChanges {

    @PostLoad
    void loaded(Object record) {
        CountedRecords.loaded(record, years(record));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        if (record instanceof Referral r) {
            CountedRecords.changed(r, years(r), ys -> new ReferralsChanged(Set.of(r.fromTenant().value(),
                    r.toTenant().value()), ys));
        } else {
            CountedRecords.changed(record, years(record), ConsultationsChanged::new);
        }
    }

    private static Set<Integer> years(Object record) {
        if (record instanceof Referral r) {
            Set<Integer> years = new TreeSet<>(CountedRecords.yearsOf(r.sentAt()));
            years.addAll(CountedRecords.yearsOf(r.answeredAt()));
            return years;
        }
        Consultation c = (Consultation) record;
        Set<Integer> years = new TreeSet<>(CountedRecords.yearsOf(c.receivedOn(), c.closedOn()));
        // the overdue stock counts it at every month's end from its next-action date until it is closed
        years.addAll(CountedRecords.yearsFrom(c.nextActionOn(), c.closedOn()));
        return years;
    }
}
