package jp.kyodonet.network.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/**
 * Cases were published or withdrawn, or attendance of network meetings recorded, in these fiscal years, by these
 * centres; a meeting that moved changes every centre's attendance ({@code everyCentre}).
 */
public record NetworkRecordsChanged(Set<String> centres, Set<Integer> fiscalYears, boolean everyCentre)
        implements CountedChange {

    @Override
    public String source() {
        return "network";
    }
}
