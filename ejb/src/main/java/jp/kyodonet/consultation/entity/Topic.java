package jp.kyodonet.consultation.entity;

/** What the consultation is about (domain model b.1: topics). Labels: {@link Vocabulary}. */
public enum Topic {
    ARTICLES,
    ACCOUNTING,
    LABOUR,
    FUNDING,
    PEOPLE,
    GOVERNANCE,
    PUBLICITY,
    COLLABORATION,
    OTHER
}
