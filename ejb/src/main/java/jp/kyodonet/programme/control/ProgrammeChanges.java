package jp.kyodonet.programme.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;

/**
 * Announces the changes of programmes and sessions ({@link ProgrammesChanged}). Attendance and survey answers
 * carry no date of their own: the code that records them announces their session's year.
 */
public class ProgrammeChanges {

    @PostLoad
    void loaded(Object record) {
        CountedRecords.loaded(record, years(record));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        CountedRecords.changed(record, years(record), ProgrammesChanged::new);
    }

    private static Set<Integer> years(Object record) {
        return record instanceof Programme p ? Set.of(p.fiscalYear())
                : CountedRecords.yearsOf(((ProgrammeSession) record).date());
    }
}
