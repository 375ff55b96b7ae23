package jp.kyodonet.consultation.entity;

/** How a closed consultation ended. */
public enum Outcome {
    COLLABORATION_PROPOSAL("協働提案", "Collaboration proposal"),
    ORGANISATION_FOUNDED("団体設立", "Organisation founded"),
    ORGANISATION_STRENGTHENED("組織運営強化", "Organisation strengthened"),
    CONNECTED_TO_ORGANISATION("他団体とつないだ", "Connected to another organisation"),
    CONNECTED_TO_CITY_DIVISION("行政部署とつないだ", "Connected to a city division"),
    INFORMATION_ONLY("情報提供のみ", "Information only"),
    NOT_CONNECTED("つながらなかった", "Not connected");

    private final String ja;
    private final String en;

    Outcome(String ja, String en) {
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
