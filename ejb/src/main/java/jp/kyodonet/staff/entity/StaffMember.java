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

    public String subject() { return subject; }
    public String name() { return name; }
    public String email() { return email; }
    public List<String> roles() { return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")); }
    public boolean active() { return active; }
    public Instant firstSeenAt() { return firstSeenAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public String changedBy() { return changedBy; }
}
