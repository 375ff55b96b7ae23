package jp.kyodonet.consultation.entity;

/** Who asked (domain model b.1: requesterType). Labels: {@link Vocabulary}. */
public enum RequesterKind {
    CITIZEN,
    CIVIC_GROUP,
    COMPANY,
    UNIVERSITY,
    NEIGHBOURHOOD_ASSOCIATION,
    WARD_OFFICE,
    CITY_BUREAU,
    NATIONAL_AGENCY,
    OTHER
}
