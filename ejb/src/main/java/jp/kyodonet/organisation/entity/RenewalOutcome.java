package jp.kyodonet.organisation.entity;

/** What became of a registration that came due. */
public enum RenewalOutcome {
    RENEWED,
    LAPSED
}
