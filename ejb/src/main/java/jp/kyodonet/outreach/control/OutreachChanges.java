package jp.kyodonet.outreach.control;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.outreach.entity.ReportedFigure;

/** Announces the changes of reported figures ({@link OutreachChanged}). */
public class OutreachChanges {

    @PostLoad
    void loaded(ReportedFigure figure) {
        CountedRecords.loaded(figure, years(figure));
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(ReportedFigure figure) {
        CountedRecords.changed(figure, years(figure), OutreachChanged::new);
    }

    /** The figure's fiscal year, and the next one: the last figure of a year is the next year's base. */
    private static Set<Integer> years(ReportedFigure figure) {
        Set<Integer> years = new TreeSet<>(CountedRecords.yearsOf(figure.month().atDay(1)));
        years.add(years.iterator().next() + 1);
        return years;
    }
}
