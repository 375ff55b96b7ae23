package jp.kyodonet.consultation.entity;

/** Where a consultation stands. The full lifecycle (hearing, assignment, follow-up) comes with the consultation issue. */
public enum ConsultationStatus {
    OPEN("対応中", "Open"),
    CLOSED("終了", "Closed");

    private final String ja;
    private final String en;

    ConsultationStatus(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
