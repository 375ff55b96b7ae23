package jp.kyodonet.collaboration.entity;

/** draft (each side fills and submits its own column) → completed (both submitted) → published (Art. 15-2). */
public enum EvaluationStatus {
    DRAFT,
    COMPLETED,
    PUBLISHED
}
