package jp.kyodonet.consultation.entity;

/** Where a referral stands: sent → accepted or declined, or withdrawn by the sender. Labels: {@link Vocabulary}. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
