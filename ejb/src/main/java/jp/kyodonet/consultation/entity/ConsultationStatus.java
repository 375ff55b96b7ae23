package jp.kyodonet.consultation.entity;

/**
 * Where a consultation stands. The full lifecycle (hearing, assignment, follow-up) comes with the
 * consultation issue. Labels: {@link Vocabulary}.
 */
public enum ConsultationStatus {
    OPEN,
    CLOSED
}
