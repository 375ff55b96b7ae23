package jp.kyodonet.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A person who works at the centre, known by the identity provider's subject. Name, e-mail and roles are as the
 * provider's token said when they last signed in. Inactive: they left or were taken off the centre's list by a manager;
 * they are no longer offered for assignments, and what they did keeps their name.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwned {

    @Column(name = "subject", nullable = false, length = 255, updatable = false)
    private String subject;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "roles", nullable = false, length = 400)
    private String roles;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "changed_by", length = 400)
    private String changedBy;

    /** How they get mail of what arrives for them: IMMEDIATE, DIGEST or NONE. */
    @Column(name = "mail_delivery", nullable = false, length = 16)
    private String mailDelivery = "IMMEDIATE";

    @Column(name = "mail_language", nullable = false, length = 2)
    private String mailLanguage = "ja";

    /** SHA-256 (hex) of the secret in their personal calendar feed's address, or none. */
    @Column(name = "feed_secret", length = 64)
    private String feedSecret;

    protected StaffMember() {
        // for JPA
    }

    /** The record's id follows from the centre and the subject, so that two first sign-ins cannot make two records. */
    public static UUID idOf(String tenant, String subject) {
        return UUID.nameUUIDFromBytes(("staff:" + tenant + ":" + subject).getBytes(StandardCharsets.UTF_8));
    }

    public StaffMember(String tenant, String subject, String name, String email, List<String> roles, Instant now) {
        super(idOf(tenant, subject));
        this.subject = subject;
        this.firstSeenAt = now;
        this.active = true;
        seen(name, email, roles, now);
    }

    /** They signed in again: what the provider says of them now; a person signing in is active. */
    public boolean seen(String name, String email, List<String> roles, Instant now) {
        String joined = String.join(",", roles);
        boolean changed = !name.equals(this.name) || !java.util.Objects.equals(email, this.email) || !joined.equals(this.roles)
                || !active;
        this.name = name;
        this.email = email;
        this.roles = joined;
        this.active = true;
        this.lastSeenAt = now;
        return changed;
    }

    public void setActive(boolean active, String by) {
        this.active = active;
        this.changedBy = by;
    }

    /** Their choice of mail; the caller checks the values. */
    public void chooseMail(String delivery, String language) {
        this.mailDelivery = delivery;
        this.mailLanguage = language;
    }

    public void feedSecret(String sha256Hex) {
        this.feedSecret = sha256Hex;
    }

    public String mailDelivery() { return mailDelivery; }
    public String mailLanguage() { return mailLanguage; }
    public String feedSecret() { return feedSecret; }
    public String subject() { return subject; }
    public String name() { return name; }
    public String email() { return email; }
    public List<String> roles() { return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")); }
    public boolean active() { return active; }
    public Instant firstSeenAt() { return firstSeenAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public String changedBy() { return changedBy; }
}
