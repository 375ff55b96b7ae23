package jp.kyodonet.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.tenants.TenantId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A centre's target for one indicator in one fiscal year (AGGREGATE scope: a number, no personal data),
 * with who set it and when. Set by the centre's manager, or by HQ for any centre.
 */
@Entity
@Table(name = "kpi_target")
public class KpiTarget {

    @Id
    @Column(name = "id", length = 100, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "tenant", nullable = false, length = 32, updatable = false)
    private String tenant;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "code", nullable = false, length = 60, updatable = false)
    private String code;

    @Column(name = "target_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "set_by", nullable = false, length = 200)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected KpiTarget() {
        // for JPA
    }

    public KpiTarget(TenantId tenant, int fiscalYear, String code, BigDecimal value, String by, Instant now) {
        this.id = key(tenant, fiscalYear, code);
        this.tenant = tenant.value();
        this.fiscalYear = fiscalYear;
        this.code = code;
        set(value, by, now);
    }

    /** One target per centre, year and indicator: the key says so. */
    public static String key(TenantId tenant, int fiscalYear, String code) {
        return tenant.value() + ":" + fiscalYear + ":" + code;
    }

    public void set(BigDecimal value, String by, Instant now) {
        this.value = value;
        this.setBy = by;
        this.setAt = now;
    }

    public long version() { return version; }
    public String tenant() { return tenant; }
    public int fiscalYear() { return fiscalYear; }
    public String code() { return code; }
    public BigDecimal value() { return value; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
