package jp.kyodonet.attachment.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record that carry files and comments: a short name of their collection, the page of the portal that
 * opens them, and their name as people say it.
 */
public enum RecordKind {
    CONSULTATION("consultations", "consultations", "相談", "consultation"),
    ORGANISATION("organisations", "organisations", "団体", "organisation"),
    PROPOSAL("proposals", "collaboration", "協働提案", "proposal"),
    CONTRACT("contracts", "collaboration", "協働契約", "contract"),
    CASE("cases", "network", "事例", "case");

    private final String path;
    private final String page;
    private final String ja;
    private final String en;

    RecordKind(String path, String page, String ja, String en) {
        this.path = path;
        this.page = page;
        this.ja = ja;
        this.en = en;
    }

    public String path() {
        return path;
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

    public static Optional<RecordKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
