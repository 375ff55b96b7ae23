package jp.kyodonet.consultation.entity;

/** How a consultation reached the centre. */
public enum Channel {
    COUNTER("窓口", "At the counter"),
    PHONE("電話", "Phone"),
    EMAIL("メール", "E-mail"),
    WEB("Web", "Web form"),
    ONLINE("オンライン", "Online meeting");

    private final String ja;
    private final String en;

    Channel(String ja, String en) {
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
