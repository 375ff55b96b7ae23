package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyodonet.tenants.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/** One 変更契約 of a contract: when, why, and the period end and amount before and after. */
@Entity
@Table(name = "collab_contract_amendment")
public class ContractAmendment {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "contract_id", nullable = false, length = 36, updatable = false)
    private String contractId;

    @Column(name = "amended_on", nullable = false, updatable = false)
    private LocalDate amendedOn;

    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "old_period_to", nullable = false, updatable = false)
    private LocalDate oldPeriodTo;

    @Column(name = "new_period_to", nullable = false, updatable = false)
    private LocalDate newPeriodTo;

    @Column(name = "old_amount", nullable = false, updatable = false)
    private long oldAmount;

    @Column(name = "new_amount", nullable = false, updatable = false)
    private long newAmount;

    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    private String recordedBy;

    protected ContractAmendment() {
        // for JPA
    }

    public ContractAmendment(TenantId ownerTenant, UUID contractId, LocalDate amendedOn, String reason,
                             LocalDate oldPeriodTo, LocalDate newPeriodTo, long oldAmount, long newAmount, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = ownerTenant.value();
        this.contractId = contractId.toString();
        this.amendedOn = amendedOn;
        this.reason = reason.strip();
        this.oldPeriodTo = oldPeriodTo;
        this.newPeriodTo = newPeriodTo;
        this.oldAmount = oldAmount;
        this.newAmount = newAmount;
        this.recordedBy = by;
    }

    public UUID id() { return UUID.fromString(id); }
    public UUID contractId() { return UUID.fromString(contractId); }
    public LocalDate amendedOn() { return amendedOn; }
    public String reason() { return reason; }
    public LocalDate oldPeriodTo() { return oldPeriodTo; }
    public LocalDate newPeriodTo() { return newPeriodTo; }
    public long oldAmount() { return oldAmount; }
    public long newAmount() { return newAmount; }
    public String recordedBy() { return recordedBy; }
}
