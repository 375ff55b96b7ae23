package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Another centre's comment on a published case, or its "we tried this too" (one per centre and case: the
 * {@code triedKey} is unique).
 */
@Entity
@Table(name = "net_case_comment")
public class CaseComment {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private String caseId;

    @Column(name = "author_tenant", nullable = false, length = 32, updatable = false)
    private String authorTenant;

    @Column(name = "author", nullable = false, length = 200, updatable = false)
    private String author;

    @Column(name = "body", length = 2000, updatable = false)
    private String body;

    @Column(name = "tried_too", nullable = false, updatable = false)
    private boolean triedToo;

    @Column(name = "tried_key", length = 80, updatable = false)
    private String triedKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseComment() {
        // for JPA
    }

    public CaseComment(UUID caseId, TenantId author, String authorName, String body, boolean triedToo, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId.toString();
        this.authorTenant = author.value();
        this.author = authorName;
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.triedToo = triedToo;
        this.triedKey = triedToo ? caseId + ":" + author.value() : null;
        this.createdAt = now;
    }

    public UUID id() { return UUID.fromString(id); }
    public UUID caseId() { return UUID.fromString(caseId); }
    public TenantId authorTenant() { return new TenantId(authorTenant); }
    public String author() { return author; }
    public String body() { return body; }
    public boolean triedToo() { return triedToo; }
    public Instant createdAt() { return createdAt; }
}
