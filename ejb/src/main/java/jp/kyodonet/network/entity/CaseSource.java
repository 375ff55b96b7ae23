package jp.kyodonet.network.entity;

/** Where a case was started: from scratch, from a closed consultation, or from a collaboration project. */
public enum CaseSource {
    SCRATCH,
    CONSULTATION,
    PROJECT
}
