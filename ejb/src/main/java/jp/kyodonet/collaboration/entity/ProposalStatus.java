package jp.kyodonet.collaboration.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a collaboration proposal (domain model c.3): inquiry → submitted → adjusting with the
 * responsible division → under review → adopted or rejected (with a reason shown to the proposer) →
 * granted (up to the configured amount) → contract negotiation → contracted (a project and its contract
 * exist). Review may follow submission directly, and an adopted proposal may go to negotiation without a
 * grant.
 */
public enum ProposalStatus {
    INQUIRY,
    SUBMITTED,
    ADJUSTING,
    UNDER_REVIEW,
    ADOPTED,
    REJECTED,
    GRANTED,
    CONTRACT_NEGOTIATION,
    CONTRACTED;

    /** The states this one may move to by a transition (contracted is reached by drawing up the contract). */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case INQUIRY -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(ADJUSTING, UNDER_REVIEW);
            case ADJUSTING -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(ADOPTED, REJECTED);
            case ADOPTED -> EnumSet.of(GRANTED, CONTRACT_NEGOTIATION);
            case GRANTED -> EnumSet.of(CONTRACT_NEGOTIATION);
            case CONTRACT_NEGOTIATION, REJECTED, CONTRACTED -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    /** A decision on the proposal (adopt, reject, grant): managers only. */
    public boolean isDecision() {
        return this == ADOPTED || this == REJECTED || this == GRANTED;
    }

    /** Received: submitted at some point (inquiries are not yet proposals). */
    public boolean isReceived() {
        return this != INQUIRY;
    }

    /** Adopted at some point. */
    public boolean isAdopted() {
        return this == ADOPTED || this == GRANTED || this == CONTRACT_NEGOTIATION || this == CONTRACTED;
    }
}
