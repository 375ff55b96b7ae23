package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A collaboration contract (協働契約, ordinance Art. 12; domain model c.4) of a project: type, parties,
 * purpose, roles, cost share, amount and period, and the business areas its evaluation sheet verifies.
 * drafting (editable) → signed → active → amended (変更契約: new end or amount, with a reason) → ended →
 * evaluated. Same scope as its project: {@code ownerTenant} names the managing centre.
 */
@Entity
@EntityListeners(jp.kyodonet.collaboration.control.CollaborationChanges.class)
@Table(name = "collab_contract")
public class CollaborationContract {

    /** The business areas of a sheet when a contract names none. */
    public static final String WHOLE_PROJECT = "事業全体";

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "project_id", nullable = false, length = 36, updatable = false)
    private String projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 16)
    private ContractType type;

    @Column(name = "partner", nullable = false, length = 500)
    private String partner;

    @Column(name = "city_party", nullable = false, length = 200)
    private String cityParty;

    @Column(name = "purpose", nullable = false, length = 4000)
    private String purpose;

    @Column(name = "roles", length = 4000)
    private String roles;

    @Column(name = "cost_share", length = 2000)
    private String costShare;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "business_areas", nullable = false, length = 2000)
    private String businessAreas;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ContractStatus status;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "centre_is_partner", nullable = false)
    private boolean centreIsPartner;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected CollaborationContract() {
        // for JPA
    }

    public CollaborationContract(TenantId ownerTenant, UUID projectId, Terms terms, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = ownerTenant.value();
        this.projectId = projectId.toString();
        this.status = ContractStatus.DRAFTING;
        apply(terms, now, by);
    }

    /** What a contract says: its terms as drafted. */
    public record Terms(ContractType type, String partner, String cityParty, String purpose, String roles,
                        String costShare, long amount, LocalDate periodFrom, LocalDate periodTo,
                        List<String> businessAreas) {
    }

    /** Changes the terms while the contract is being drafted. */
    public void redraft(Terms terms, Instant now, String by) {
        if (status != ContractStatus.DRAFTING) {
            throw DomainException.conflict(new Message("締結後の契約は変更契約でのみ変更できます",
                    "A signed contract changes only by an amendment"));
        }
        apply(terms, now, by);
    }

    private void apply(Terms terms, Instant now, String by) {
        if (!terms.type().isContractForm()) {
            throw DomainException.invalidInput(List.of(new FieldError("type", new Message(
                    "契約形態は委託型・補助型・負担金型から選んでください（共催は協働契約の形態ではありません）",
                    "The form is commission, subsidy or shared cost (co-hosting is not a contract form)"))));
        }
        if (terms.periodTo().isBefore(terms.periodFrom())) {
            throw DomainException.invalidInput(List.of(new FieldError("periodTo", new Message(
                    "契約期間の終わりは始まり以降にしてください", "The period must not end before it starts"))));
        }
        type = terms.type();
        partner = terms.partner().strip();
        cityParty = terms.cityParty().strip();
        purpose = terms.purpose().strip();
        roles = blankToNull(terms.roles());
        costShare = blankToNull(terms.costShare());
        amount = terms.amount();
        periodFrom = terms.periodFrom();
        periodTo = terms.periodTo();
        List<String> areas = terms.businessAreas() == null ? List.of()
                : terms.businessAreas().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        businessAreas = String.join("\n", areas.isEmpty() ? List.of(WHOLE_PROJECT) : areas);
        touch(now, by);
    }

    /**
     * Whether the managing centre is itself the 団体等 side (the city centre's own operation contract: the
     * consortium that runs it is the partner); then its people fill the 団体等 column of the evaluation sheets.
     */
    public void centreIsPartner(boolean value) {
        centreIsPartner = value;
    }

    public boolean centreIsPartner() {
        return centreIsPartner;
    }

    public void sign(LocalDate on, Instant now, String by) {
        require(ContractStatus.DRAFTING, "締結できるのは作成中の契約です", "Only a draft can be signed");
        status = ContractStatus.SIGNED;
        signedOn = on;
        touch(now, by);
    }

    public void start(Instant now, String by) {
        require(ContractStatus.SIGNED, "実施に移せるのは締結済みの契約です", "Only a signed contract can start");
        status = ContractStatus.ACTIVE;
        touch(now, by);
    }

    /** 変更契約: a new end of the period and/or amount, while the contract is in force. */
    public void amend(LocalDate newPeriodTo, long newAmount, Instant now, String by) {
        if (!status.inForce()) {
            throw DomainException.conflict(new Message("変更契約は実施中の契約にだけできます",
                    "Only a contract in force can be amended"));
        }
        if (newPeriodTo.isBefore(periodFrom)) {
            throw DomainException.invalidInput(List.of(new FieldError("periodTo", new Message(
                    "契約期間の終わりは始まり以降にしてください", "The period must not end before it starts"))));
        }
        periodTo = newPeriodTo;
        amount = newAmount;
        status = ContractStatus.AMENDED;
        touch(now, by);
    }

    public void end(LocalDate on, Instant now, String by) {
        if (!status.inForce()) {
            throw DomainException.conflict(new Message("終了できるのは実施中の契約です",
                    "Only a contract in force can end"));
        }
        status = ContractStatus.ENDED;
        endedOn = on;
        touch(now, by);
    }

    /**
     * May the fiscal year {@code fiscalYear} of this contract be evaluated on {@code today}? Ordinance
     * Art. 15: after the project ends, or after each fiscal year while it continues. So the year must be
     * within the contract's period and be over, or the contract must have ended within it.
     */
    public void checkEvaluable(int fiscalYear, LocalDate today) {
        FiscalYear year = new FiscalYear(fiscalYear);
        if (year.lastDay().isBefore(periodFrom) || year.firstDay().isAfter(periodTo)) {
            throw DomainException.invalidInput(List.of(new FieldError("fiscalYear", new Message(
                    "契約期間に含まれない年度です", "The fiscal year is outside the contract's period"))));
        }
        boolean yearOver = today.isAfter(year.lastDay());
        boolean endedInYear = (status == ContractStatus.ENDED || status == ContractStatus.EVALUATED)
                && endedOn != null && !endedOn.isAfter(year.lastDay());
        if (status == ContractStatus.DRAFTING || status == ContractStatus.SIGNED || !(yearOver || endedInYear)) {
            throw DomainException.conflict(new Message(
                    year.japaneseLabel() + "の評価は、その年度が終わるか契約が終了してからです",
                    "A fiscal year is evaluated once it is over or the contract has ended (" + fiscalYear + ")"));
        }
    }

    /** An evaluation of its last year was published: an ended contract becomes evaluated. */
    public void evaluated(int fiscalYear, Instant now, String by) {
        if (status == ContractStatus.ENDED && !periodTo.isAfter(new FiscalYear(fiscalYear).lastDay())) {
            status = ContractStatus.EVALUATED;
            touch(now, by);
        }
    }

    private void require(ContractStatus expected, String ja, String en) {
        if (status != expected) {
            throw DomainException.conflict(new Message(ja, en));
        }
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isOwnedBy(TenantId tenant) {
        return ownerTenant.equals(tenant.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public UUID projectId() { return UUID.fromString(projectId); }
    public ContractType type() { return type; }
    public String partner() { return partner; }
    public String cityParty() { return cityParty; }
    public String purpose() { return purpose; }
    public String roles() { return roles; }
    public String costShare() { return costShare; }
    public long amount() { return amount; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public List<String> businessAreas() { return Arrays.asList(businessAreas.split("\n")); }
    public ContractStatus status() { return status; }
    public LocalDate signedOn() { return signedOn; }
    public LocalDate endedOn() { return endedOn; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
