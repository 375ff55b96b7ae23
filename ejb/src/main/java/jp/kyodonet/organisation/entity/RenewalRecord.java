package jp.kyodonet.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.Instant;
import java.util.UUID;

/** What became of one organisation's registration that came due in a fiscal year: the renewal rate's facts. */
@Entity
@EntityListeners(jp.kyodonet.organisation.control.OrganisationChanges.class)
@Table(name = "organisation_renewal")
public class RenewalRecord extends TenantOwned {

    @Column(name = "organisation_id", nullable = false, length = 36, updatable = false)
    private String organisationId;

    @Column(name = "due_fiscal_year", nullable = false, updatable = false)
    private int dueFiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16, updatable = false)
    private RenewalOutcome outcome;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 200, updatable = false)
    private String decidedBy;

    protected RenewalRecord() {
        // for JPA
    }

    public RenewalRecord(UUID organisationId, FiscalYear due, RenewalOutcome outcome, Instant at, String by) {
        super(UUID.randomUUID());
        this.organisationId = organisationId.toString();
        this.dueFiscalYear = due.startYear();
        this.outcome = outcome;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public int dueFiscalYear() {
        return dueFiscalYear;
    }

    public RenewalOutcome outcome() {
        return outcome;
    }
}
