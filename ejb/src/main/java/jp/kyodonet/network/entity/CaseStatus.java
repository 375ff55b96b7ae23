package jp.kyodonet.network.entity;

/**
 * draft → submitted → approved by the centre manager → published to the network (all 19 centres) or also
 * to the public library → archived. Only a draft is edited; a submitted case may go back to draft.
 */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    NETWORK,
    PUBLIC,
    ARCHIVED;

    /** Readable by every centre's staff. */
    public boolean isPublished() {
        return this == NETWORK || this == PUBLIC;
    }
}
