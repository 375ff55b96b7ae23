package jp.kyodonet.organisation.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/** Organisations of the transaction's centre were registered, renewed, lapsed or changed in these fiscal years. */
public record OrganisationsChanged(Set<Integer> fiscalYears) implements CountedChange {

    @Override
    public String source() {
        return "organisation";
    }

    @Override
    public Set<String> centres() {
        return Set.of();
    }
}
