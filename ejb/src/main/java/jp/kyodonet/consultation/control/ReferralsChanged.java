package jp.kyodonet.consultation.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/** A referral between two centres was sent, answered or withdrawn in these fiscal years. */
public record ReferralsChanged(Set<String> centres, Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "referral";
    }
}
