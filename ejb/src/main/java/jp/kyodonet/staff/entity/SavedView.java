package jp.kyodonet.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/** A person's saved view of a list: a name and the list's filters and order (the query of the page's address). */
@Entity
@Table(name = "saved_view")
public class SavedView extends TenantOwned {

    @Column(name = "owner", length = 200, nullable = false, updatable = false)
    private String owner;

    @Column(name = "page", length = 40, nullable = false, updatable = false)
    private String page;

    @Column(name = "name", length = 100, nullable = false, updatable = false)
    private String name;

    @Column(name = "query", length = 1000, nullable = false)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedView() {
        // for JPA
    }

    public SavedView(String owner, String page, String name, String query, Instant now) {
        super(UUID.randomUUID());
        this.owner = owner;
        this.page = page;
        this.name = name;
        this.query = query;
        this.createdAt = now;
    }

    /** Saved again under the same name: the new filters, now. */
    public void replace(String query, Instant now) {
        this.query = query;
        this.createdAt = now;
    }

    public String owner() { return owner; }
    public String page() { return page; }
    public String name() { return name; }
    public String query() { return query; }
    public Instant createdAt() { return createdAt; }
}
