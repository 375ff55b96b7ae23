package jp.kyodonet.programme.entity;

/** 連続講座, セミナー, 交流イベント, 相談会, 視察 (domain model b.2-b.4). */
public enum ProgrammeKind {
    SERIES_COURSE,
    SEMINAR,
    EXCHANGE_EVENT,
    CONSULTATION_DAY,
    STUDY_VISIT
}
