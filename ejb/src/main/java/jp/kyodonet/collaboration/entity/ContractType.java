package jp.kyodonet.collaboration.entity;

/** The four kinds of collaboration contract (協働契約, domain model c.4). */
public enum ContractType {
    COMMISSION,
    SUBSIDY,
    SHARED_COST,
    CO_HOSTING
}
