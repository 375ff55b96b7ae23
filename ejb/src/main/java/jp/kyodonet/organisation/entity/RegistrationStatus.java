package jp.kyodonet.organisation.entity;

/**
 * Where an organisation's registration stands (domain model b.7): applied → hearing done → registered,
 * or refused; a registered organisation is renewed (stays registered) or lapses.
 */
public enum RegistrationStatus {
    APPLIED,
    HEARING_DONE,
    REGISTERED,
    REFUSED,
    LAPSED
}
