package jp.kyodonet.consultation.entity;

/** Life stage of the requesting organisation (001:L870-871). Labels: {@link Vocabulary}. */
public enum OrganisationStage {
    FOUNDING,
    EARLY,
    CONTINUING
}
