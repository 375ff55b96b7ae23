package jp.kyodonet.consultation.entity;

/** How a consultation reached the centre. Labels: {@link Vocabulary}. */
public enum Channel {
    COUNTER,
    PHONE,
    EMAIL,
    WEB,
    ONLINE,
    /** Accepted from another centre's referral. */
    REFERRAL
}
