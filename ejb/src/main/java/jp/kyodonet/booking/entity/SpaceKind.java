package jp.kyodonet.booking.entity;

/** A bookable room, or an item of equipment lent on its own or with a room. */
public enum SpaceKind {
    ROOM,
    EQUIPMENT
}
