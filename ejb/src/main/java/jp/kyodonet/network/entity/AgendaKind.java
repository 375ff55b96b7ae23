package jp.kyodonet.network.entity;

/** 報告 / 協議 / 研修 / 事例共有. */
public enum AgendaKind {
    REPORT,
    DISCUSSION,
    TRAINING,
    CASE_SHARING
}
