package jp.kyodonet.programme.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/**
 * Programmes of the transaction's centre were run, their sessions held or moved, attendance recorded or survey
 * answers given, in these fiscal years.
 */
public record ProgrammesChanged(Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "programme";
    }

    @Override
    public Set<String> centres() {
        return Set.of();
    }
}
