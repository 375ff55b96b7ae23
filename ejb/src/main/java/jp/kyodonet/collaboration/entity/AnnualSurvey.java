package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The annual survey (照会) of a city's ward offices and bureaus about their collaboration projects of one fiscal
 * year: opened by the city's collaboration division, answered office by office ({@link AnnualSurveyAnswer}), closed by the
 * division. Once closed its answers make the ordinance report of that year; corrections after that are logged
 * ({@link AnnualSurveyCorrection}). One per city and year (the database's unique key). Not tenant-owned: it belongs to the
 * city, managed at the city centre ({@code ownerTenant}).
 */
@Entity
@Table(name = "collab_survey")
public class AnnualSurvey {

    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "city", nullable = false, length = 32, updatable = false)
    private String city;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 200, updatable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 200)
    private String closedBy;

    protected AnnualSurvey() {
        // for JPA
    }

    public AnnualSurvey(String city, TenantId ownerTenant, int fiscalYear, LocalDate dueOn, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.city = city;
        this.ownerTenant = ownerTenant.value();
        this.fiscalYear = fiscalYear;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
        this.openedAt = now;
        this.openedBy = by;
    }

    /** Closes the survey: from now on its answers are the year's record, changed only by logged corrections. */
    public void close(Instant now, String by) {
        requireOpen();
        status = Status.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    public void requireOpen() {
        if (status != Status.OPEN) {
            throw DomainException.conflict(new Message("この照会は締め切られています（締切後の訂正は市民協働推進課が理由を付けて行います）",
                    "This survey is closed (after closing, the division corrects answers with a reason)"));
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public String city() { return city; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public int fiscalYear() { return fiscalYear; }
    public Status status() { return status; }
    public LocalDate dueOn() { return dueOn; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
