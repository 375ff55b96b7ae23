package jp.kyodonet.booking.entity;

/** What a booking is for (domain model b.8). */
public enum Purpose {
    MEETING,
    COLLABORATION_VENUE,
    EVENT_SEMINAR,
    CONSULTATION
}
