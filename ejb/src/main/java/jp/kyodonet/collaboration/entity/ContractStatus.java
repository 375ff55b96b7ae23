package jp.kyodonet.collaboration.entity;

/**
 * drafting → signed → active → (amended, any number of times) → ended → evaluated (an evaluation sheet of
 * its last fiscal year was published).
 */
public enum ContractStatus {
    DRAFTING,
    SIGNED,
    ACTIVE,
    AMENDED,
    ENDED,
    EVALUATED;

    /** In force: work under it is going on. */
    public boolean inForce() {
        return this == ACTIVE || this == AMENDED;
    }
}
