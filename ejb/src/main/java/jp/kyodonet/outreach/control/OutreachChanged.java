package jp.kyodonet.outreach.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/** A figure of the transaction's centre was reported or changed: its fiscal year and the next (whose base it is). */
public record OutreachChanged(Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "outreach";
    }

    @Override
    public Set<String> centres() {
        return Set.of();
    }
}
