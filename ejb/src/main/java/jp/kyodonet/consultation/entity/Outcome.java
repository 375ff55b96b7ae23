package jp.kyodonet.consultation.entity;

/** How a closed consultation ended. Labels: {@link Vocabulary}. */
public enum Outcome {
    COLLABORATION_PROPOSAL,
    ORGANISATION_FOUNDED,
    ORGANISATION_STRENGTHENED,
    CONNECTED_TO_ORGANISATION,
    CONNECTED_TO_CITY_DIVISION,
    INFORMATION_ONLY,
    NOT_CONNECTED
}
