package jp.kyodonet.programme.entity;

/** A place in a session, a place on its waiting list, or given up. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
