package jp.kyodonet.network.entity;

/** A ward centre's support request to the city centre: open → answered → closed. */
public enum SupportStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
