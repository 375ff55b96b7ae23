package jp.kyodonet.collaboration.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/**
 * Proposals were received or decided, contracts concluded or evaluation sheets published, in these fiscal years,
 * by these centres (none named: the transaction's centre).
 */
public record CollaborationChanged(Set<String> centres, Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "collaboration";
    }
}
