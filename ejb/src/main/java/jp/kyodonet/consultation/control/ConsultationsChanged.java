package jp.kyodonet.consultation.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/** Consultations of the transaction's centre were received, changed, closed or deleted in these fiscal years. */
public record ConsultationsChanged(Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "consultation";
    }

    @Override
    public Set<String> centres() {
        return Set.of();
    }
}
