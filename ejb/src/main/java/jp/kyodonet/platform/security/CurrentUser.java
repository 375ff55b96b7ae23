package jp.kyodonet.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is acting in this request, as the verified token says: subject and display name, for the audit
 * log and the created-by/updated-by columns, and for a bureau's officer the bureau and division (局・課) the
 * token names. Filled by the web layer's security filter; system tasks act as {@code system}.
 */
@RequestScoped
public class CurrentUser {

    private String subject = "system";
    private String name = "system";
    private String bureau;
    private String division;

    public void set(String subject, String name) {
        this.subject = subject;
        this.name = name == null || name.isBlank() ? subject : name;
    }

    /** The bureau and division of a bureau's officer (局の所管課), as the token names them. */
    public void setPost(String bureau, String division) {
        this.bureau = blankToNull(bureau);
        this.division = blankToNull(division);
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    /** The officer's bureau (局), or null. */
    public String bureau() {
        return bureau;
    }

    /** The officer's division (課), or null. */
    public String division() {
        return division;
    }

    /** How the user appears in records: "name (subject)". */
    public String signature() {
        return name.equals(subject) ? subject : name + " (" + subject + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
