package jp.kyodonet.network.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.network.entity.NetworkMeeting;

/**
 * Announces the changes of cases and meetings ({@link NetworkRecordsChanged}). Attendance carries no date of its
 * own: recording it announces its meeting's year.
 */
public class NetworkChanges {

    @PostLoad
    void loaded(Object record) {
        CountedRecords.loaded(record, years(record));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        if (record instanceof CaseStudy c) {
            CountedRecords.changed(c, years(c), ys -> new NetworkRecordsChanged(Set.of(c.ownerTenant().value()), ys, false));
        } else {
            CountedRecords.changed(record, years(record), ys -> new NetworkRecordsChanged(Set.of(), ys, true));
        }
    }

    private static Set<Integer> years(Object record) {
        return record instanceof CaseStudy c ? CountedRecords.yearsOf(c.publishedAt())
                : CountedRecords.yearsOf(((NetworkMeeting) record).date());
    }
}
