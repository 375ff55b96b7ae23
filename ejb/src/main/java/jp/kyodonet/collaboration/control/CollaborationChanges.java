package jp.kyodonet.collaboration.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.kpi.CountedRecords;

/** Announces the changes of proposals, contracts and evaluation sheets ({@link CollaborationChanged}). */
public class CollaborationChanges {

    @PostLoad
    void loaded(Object record) {
        CountedRecords.loaded(record, years(record));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        Set<String> centres = record instanceof CollaborationContract c ? Set.of(c.ownerTenant().value())
                : record instanceof EvaluationSheet e ? Set.of(e.ownerTenant().value()) : Set.of();
        CountedRecords.changed(record, years(record), ys -> new CollaborationChanged(centres, ys));
    }

    private static Set<Integer> years(Object record) {
        if (record instanceof Proposal p) {
            return CountedRecords.yearsOf(p.receivedOn(), p.decidedOn());
        }
        if (record instanceof CollaborationContract c) {
            return c.periodFrom() == null ? Set.of() : CountedRecords.yearsFrom(c.periodFrom(),
                    c.periodTo() == null ? c.periodFrom() : c.periodTo());
        }
        return CountedRecords.yearsOf(((EvaluationSheet) record).publishedAt());
    }
}
