package jp.kyodonet.network.entity;

/** 会場 / オンライン / ハイブリッド. */
public enum MeetingFormat {
    VENUE,
    ONLINE,
    HYBRID
}
