package jp.kyodonet.programme.entity;

/** planned → recruiting → running → completed → evaluated (survey tallied). */
public enum ProgrammeStatus {
    PLANNED,
    RECRUITING,
    RUNNING,
    COMPLETED,
    EVALUATED;

    /** The next state, or null after the last. */
    public ProgrammeStatus next() {
        return this == EVALUATED ? null : values()[ordinal() + 1];
    }
}
