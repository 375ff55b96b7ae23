package jp.kyodonet.collaboration.entity;

import java.util.List;

/**
 * The forms of collaboration contract (協働契約, ordinance Art. 12) that seed 003 defines: 委託型, 補助型, 負担金型.
 * {@code CO_HOSTING} (共催) is not one: it stays only so that a record written before this was known still reads
 * (Yokohama's data has none); no contract, survey answer or report takes it.
 */
public enum ContractType {
    COMMISSION,
    SUBSIDY,
    SHARED_COST,
    /** Not a contract form (共催); kept for reading old records only. */
    CO_HOSTING;

    /** The three contract forms, in the report's order. */
    public static final List<ContractType> FORMS = List.of(COMMISSION, SUBSIDY, SHARED_COST);

    public boolean isContractForm() {
        return this != CO_HOSTING;
    }
}
