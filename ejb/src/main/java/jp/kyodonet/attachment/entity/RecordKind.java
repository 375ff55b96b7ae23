package jp.kyodonet.attachment.entity;

/**
 * The kinds of record that carry files and comments: the page of the portal that opens them, and their name as
 * people say it.
 */
public enum RecordKind {
    CONSULTATION("consultations", "相談", "consultation"),
    ORGANISATION("organisations", "団体", "organisation"),
    PROPOSAL("collaboration", "協働提案", "proposal"),
    CONTRACT("collaboration", "協働契約", "contract"),
    CASE("network", "事例", "case");

    private final String page;
    private final String ja;
    private final String en;

    RecordKind(String page, String ja, String en) {
        this.page = page;
        this.ja = ja;
        this.en = en;
    }

    /** The portal's page that opens a record of this kind. */
    public String page() {
        return page;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
