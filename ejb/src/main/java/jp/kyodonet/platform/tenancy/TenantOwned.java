package jp.kyodonet.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.util.Objects;
import java.util.UUID;

/**
 * Base of every record owned by one centre (TENANT scope).
 *
 * <p>EclipseLink single-table multitenancy adds {@code tenant_id = ?} to every query and fills
 * {@code tenant_id} on every insert from the persistence-context property {@link #TENANT_PROPERTY},
 * which {@link TenantInterceptor} sets from the verified token. No subclass and no business method
 * handles the tenant id. Each record has a UUID id and a version for optimistic locking.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 32)
public abstract class TenantOwned {

    /** The persistence-context property that carries the current tenant. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantOwned() {
        // for JPA
    }

    protected TenantOwned(UUID id) {
        this.id = Objects.requireNonNull(id).toString();
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public long version() {
        return version;
    }

    /** True when the caller's copy (with {@code expectedVersion}) is the stored one. */
    public boolean isAtVersion(long expectedVersion) {
        return version == expectedVersion;
    }
}
