package jp.kyodonet.consultation.entity;

/** What the consultation is about (domain model b.1: topics). */
public enum Topic {
    ARTICLES("定款", "Articles of association"),
    ACCOUNTING("会計", "Accounting"),
    LABOUR("労務", "Labour"),
    FUNDING("資金", "Funding"),
    PEOPLE("人材", "People"),
    GOVERNANCE("ガバナンス", "Governance"),
    PUBLICITY("広報", "Publicity"),
    COLLABORATION("協働", "Collaboration"),
    OTHER("その他", "Other");

    private final String ja;
    private final String en;

    Topic(String ja, String en) {
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
