package jp.kyodonet.programme.entity;

/** Where a session takes place: a space of the centre, online, or both. */
public enum PlaceKind {
    ON_SITE,
    ONLINE,
    HYBRID
}
