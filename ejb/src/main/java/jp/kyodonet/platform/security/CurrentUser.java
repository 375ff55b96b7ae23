package jp.kyodonet.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is acting in this request, as the verified token says: subject and display name, for the audit
 * log and the created-by/updated-by columns. Filled by the web layer's security filter; system tasks
 * act as {@code system}.
 */
@RequestScoped
public class CurrentUser {

    private String subject = "system";
    private String name = "system";

    public void set(String subject, String name) {
        this.subject = subject;
        this.name = name == null || name.isBlank() ? subject : name;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    /** How the user appears in records: "name (subject)". */
    public String signature() {
        return name.equals(subject) ? subject : name + " (" + subject + ")";
    }
}
