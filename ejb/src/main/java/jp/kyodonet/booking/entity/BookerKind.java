package jp.kyodonet.booking.entity;

/**
 * Who books: a registered organisation, the centre itself (internal use), or a collaboration event of the
 * city or a ward (the use spaces like スペースA・B are kept for, domain model b.8).
 */
public enum BookerKind {
    REGISTERED_ORGANISATION,
    CENTRE_INTERNAL,
    COLLABORATION_EVENT
}
