package jp.kyodonet.network.entity;

/** Who came for a ward: ward-office 地域振興課 staff or centre staff. */
public enum AttendeeRole {
    WARD_OFFICE,
    CENTRE_STAFF
}
