package jp.kyodonet.consultation.entity;

/**
 * The kind of consultation (domain model b.1: track). Facility and simple inquiries are counted apart:
 * the "activity consultations" figure excludes them by definition (001:L882). Labels: {@link Vocabulary}.
 */
public enum Track {
    COORDINATION,
    CIVIC_ACTIVITY,
    FACILITY_INQUIRY;

    /** Whether the consultation counts in the activity-consultation figure. */
    public boolean countsAsActivityConsultation() {
        return this != FACILITY_INQUIRY;
    }
}
