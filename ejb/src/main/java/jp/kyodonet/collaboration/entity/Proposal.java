package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A collaboration proposal (協働提案) handled by a centre (domain model c.2-c.3): who proposes (a group, with
 * a contact person: personal data, so TENANT scope), what, for which field and responsible division, and
 * where it stands. A rejection carries its reason (ordinance Art. 10-2), shown to the proposer on their
 * status page, whose link is {@code statusToken}.
 */
@Entity
@EntityListeners(jp.kyodonet.collaboration.control.CollaborationChanges.class)
@Table(name = "collab_proposal")
public class Proposal extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ProposalKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 40)
    private ActivityField field;

    @Column(name = "proposer_name", nullable = false, length = 200)
    private String proposerName;

    @Column(name = "contact_person", length = 100)
    private String contactPerson;

    @Column(name = "contact", length = 200)
    private String contact;

    @Column(name = "responsible_division", length = 200)
    private String responsibleDivision;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ProposalStatus status;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "grant_amount")
    private Long grantAmount;

    @Column(name = "project_id", length = 36)
    private String projectId;

    @Column(name = "status_token", nullable = false, length = 80, updatable = false)
    private String statusToken;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Proposal() {
        // for JPA
    }

    private Proposal(UUID id) {
        super(id);
    }

    /** A proposal as first recorded: an inquiry, or already submitted in a call. */
    public static Proposal receive(ProposalKind kind, String title, String summary, ActivityField field,
                                   String proposerName, String contactPerson, String contact, String responsibleDivision,
                                   LocalDate receivedOn, boolean submitted, String statusToken, Instant now, String by) {
        Proposal proposal = new Proposal(UUID.randomUUID());
        proposal.status = submitted ? ProposalStatus.SUBMITTED : ProposalStatus.INQUIRY;
        proposal.statusToken = statusToken;
        proposal.describe(kind, title, summary, field, proposerName, contactPerson, contact, responsibleDivision,
                receivedOn, now, by);
        return proposal;
    }

    public void describe(ProposalKind kind, String title, String summary, ActivityField field, String proposerName,
                         String contactPerson, String contact, String responsibleDivision, LocalDate receivedOn,
                         Instant now, String by) {
        if (status == ProposalStatus.REJECTED || status == ProposalStatus.CONTRACTED) {
            throw DomainException.conflict(new Message("決定済みの提案は変更できません",
                    "A proposal that was decided cannot be changed"));
        }
        this.kind = kind;
        this.title = title.strip();
        this.summary = summary.strip();
        this.field = field;
        this.proposerName = proposerName.strip();
        this.contactPerson = blankToNull(contactPerson);
        this.contact = blankToNull(contact);
        this.responsibleDivision = blankToNull(responsibleDivision);
        this.receivedOn = receivedOn;
        this.fiscalYear = FiscalYear.of(receivedOn).startYear();
        touch(now, by);
    }

    /**
     * Moves to {@code target}: only to a next state; a rejection needs a reason, a grant an amount within
     * {@code grantLimit} yen.
     */
    public void move(ProposalStatus target, String reason, Long amount, long grantLimit, LocalDate today,
                     Instant now, String by) {
        if (!status.next().contains(target)) {
            throw DomainException.conflict(new Message(
                    "この提案は「" + CollaborationVocabulary.label(status).ja() + "」から「"
                            + CollaborationVocabulary.label(target).ja() + "」へ進められません",
                    "A proposal cannot move from " + CollaborationVocabulary.label(status).en() + " to "
                            + CollaborationVocabulary.label(target).en()));
        }
        if (target == ProposalStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw DomainException.invalidInput(List.of(new FieldError("reason", new Message(
                    "不採択には理由が必要です（提案者に示されます）",
                    "A rejection needs a reason (the proposer is shown it)"))));
        }
        if (target == ProposalStatus.GRANTED) {
            if (amount == null || amount <= 0 || amount > grantLimit) {
                throw DomainException.invalidInput(List.of(new FieldError("amount", new Message(
                        "助成額は1円以上" + String.format("%,d", grantLimit) + "円以下で指定してください",
                        "The grant must be between 1 and " + grantLimit + " yen"))));
            }
            grantAmount = amount;
        } else if (amount != null) {
            throw DomainException.invalidInput(List.of(new FieldError("amount", new Message(
                    "助成額は助成金交付のときだけ指定できます", "An amount is only given with a grant"))));
        }
        if (target == ProposalStatus.ADOPTED || target == ProposalStatus.REJECTED) {
            decisionReason = blankToNull(reason);
            decidedOn = today;
        }
        status = target;
        touch(now, by);
    }

    /** The contract was drawn up: the proposal became {@code project}. */
    public void contracted(UUID project, Instant now, String by) {
        if (status != ProposalStatus.CONTRACT_NEGOTIATION) {
            throw DomainException.conflict(new Message("契約は「協働契約の内容調整」の提案からだけ作成できます",
                    "A contract is drawn up only from a proposal in contract negotiation"));
        }
        projectId = project.toString();
        status = ProposalStatus.CONTRACTED;
        touch(now, by);
    }

    public Origin origin() {
        return kind == ProposalKind.CITIZEN ? Origin.ARTICLE_10 : Origin.ARTICLE_9;
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ProposalKind kind() { return kind; }
    public String title() { return title; }
    public String summary() { return summary; }
    public ActivityField field() { return field; }
    public String proposerName() { return proposerName; }
    public String contactPerson() { return contactPerson; }
    public String contact() { return contact; }
    public String responsibleDivision() { return responsibleDivision; }
    public LocalDate receivedOn() { return receivedOn; }
    public int fiscalYear() { return fiscalYear; }
    public ProposalStatus status() { return status; }
    public String decisionReason() { return decisionReason; }
    public LocalDate decidedOn() { return decidedOn; }
    public Long grantAmount() { return grantAmount; }
    public UUID projectId() { return projectId == null ? null : UUID.fromString(projectId); }
    public String statusToken() { return statusToken; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
