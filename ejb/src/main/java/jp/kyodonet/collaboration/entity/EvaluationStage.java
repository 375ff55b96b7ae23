package jp.kyodonet.collaboration.entity;

/** The three stages of the process check sheet: planning (6 questions), implementation (7), review (4). */
public enum EvaluationStage {
    PLANNING,
    IMPLEMENTATION,
    REVIEW
}
