package jp.kyodonet.consultation.entity;

/**
 * Where a consultation stands: received → initial hearing → assigned → in progress → follow-up → closed
 * (domain model b.1). Moves are the entity's named methods. Labels: {@link Vocabulary}.
 */
public enum ConsultationStatus {
    RECEIVED,
    INITIAL_HEARING,
    ASSIGNED,
    IN_PROGRESS,
    FOLLOW_UP,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
