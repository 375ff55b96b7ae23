package jp.kyodonet.organisation.entity;

/** An organisation's legal form (domain model b.7). Labels: {@link OrganisationVocabulary}. */
public enum LegalForm {
    NPO_CORPORATION,
    CERTIFIED_NPO_CORPORATION,
    VOLUNTARY_GROUP,
    NEIGHBOURHOOD_ASSOCIATION,
    COMPANY,
    UNIVERSITY,
    SOCIAL_WELFARE_CORPORATION,
    PUBLIC_INTEREST_FOUNDATION,
    OTHER
}
