package jp.kyodonet.collaboration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.control.ProposalRepository;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportLogEntry;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.UUID;

/**
 * Collaboration proposals of the caller's centre (domain model c.2-c.5): recording, moving through
 * adjustment and review, decisions (adopt, reject with a reason, grant up to the configured amount:
 * managers), the companion-support log, and drawing up the contract, which creates the project. Detail
 * reads carry the proposer's contact and are audit-logged.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ProposalService {

    static final String PROPOSAL = "collaboration-proposal";

    @Inject
    ProposalRepository proposals;

    @Inject
    CollaborationRepository catalogue;

    @Inject
    CatalogueSupport support;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "kyodo.collaboration.grant-limit", defaultValue = "300000")
    long grantLimit;

    public Views.ProposalView receive(@Valid @NotNull Forms.ProposalForm form) {
        Proposal proposal = Proposal.receive(form.kind(), form.title(), form.summary(), form.field(), form.proposerName(),
                form.contactPerson(), form.contact(), form.responsibleDivision(), form.receivedOn(),
                Boolean.TRUE.equals(form.submitted()), LinkTokens.issue(currentTenant.get().orElseThrow()), clock.now(),
                user.signature());
        proposals.add(proposal);
        proposals.flush();
        audit.record(AuditEntry.Action.CREATE, PROPOSAL, proposal.id());
        return view(proposal);
    }

    public List<Views.ProposalSummary> list(Integer fiscalYear, ProposalStatus status) {
        return proposals.list(fiscalYear, status).stream().map(ProposalService::summary).toList();
    }

    public Views.ProposalView read(@NotNull UUID id) {
        Proposal proposal = find(id);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, PROPOSAL, id);
        return view(proposal);
    }

    public Views.ProposalView revise(@NotNull UUID id, long version, @Valid @NotNull Forms.ProposalForm form) {
        Proposal proposal = findAtVersion(id, version);
        proposal.describe(form.kind(), form.title(), form.summary(), form.field(), form.proposerName(),
                form.contactPerson(), form.contact(), form.responsibleDivision(), form.receivedOn(), clock.now(),
                user.signature());
        return saved(proposal);
    }

    /** submitted → adjusting → under review, and adopted → contract negotiation: staff. */
    public Views.ProposalView advance(@NotNull UUID id, long version, @Valid @NotNull Forms.ProposalMove move) {
        if (move.to().isDecision()) {
            throw DomainException.invalidInput(List.of(new FieldError("to", new Message(
                    "採択・不採択・助成金交付は決定（decision）として管理者が記録します",
                    "Adoption, rejection and grants are decisions, recorded by a manager"))));
        }
        return moved(id, version, move);
    }

    /** Adopt, reject (reason required, shown to the proposer) or grant (amount up to the limit): managers. */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Views.ProposalView decide(@NotNull UUID id, long version, @Valid @NotNull Forms.ProposalMove move) {
        if (!move.to().isDecision()) {
            throw DomainException.invalidInput(List.of(new FieldError("to", new Message(
                    "決定は採択・不採択・助成金交付のいずれかです", "A decision is ADOPTED, REJECTED or GRANTED"))));
        }
        return moved(id, version, move);
    }

    private Views.ProposalView moved(UUID id, long version, Forms.ProposalMove move) {
        Proposal proposal = findAtVersion(id, version);
        proposal.move(move.to(), move.reason(), move.amount(), grantLimit, clock.today(), clock.now(), user.signature());
        return saved(proposal);
    }

    public Views.ProposalView addSupport(@NotNull UUID id, @Valid @NotNull Forms.SupportForm form) {
        Proposal proposal = find(id);
        proposals.add(new SupportLogEntry(proposal.id(), form.date(), form.supporter(), form.activity(), form.notes(),
                clock.now(), user.signature()));
        proposals.flush();
        audit.record(AuditEntry.Action.UPDATE, PROPOSAL, id);
        return view(proposal);
    }

    /**
     * Draws up the collaboration contract of a proposal in negotiation: the project is created in the
     * centre's catalogue (name and field from the proposal, origin Art. 10 for a citizen proposal, Art. 9
     * otherwise, the contract's first fiscal year) with the contract as a draft; the proposal is contracted.
     */
    public Views.ContractView drawUpContract(@NotNull UUID id, long version, @Valid @NotNull Forms.ContractFromProposal form) {
        Proposal proposal = findAtVersion(id, version);
        String division = form.division() != null && !form.division().isBlank() ? form.division()
                : proposal.responsibleDivision();
        if (division == null) {
            throw DomainException.invalidInput(List.of(new FieldError("division", new Message(
                    "所管課を入力してください", "Name the responsible division"))));
        }
        CollaborationProject project = support.newProject(form.ownerName(), division, proposal.title(),
                proposal.field(), form.terms().partner(), proposal.origin(), proposal.id());
        project.ranIn(FiscalYear.of(form.terms().periodFrom()).startYear(), true, clock.now(), user.signature());
        catalogue.add(project);
        CollaborationContract contract = new CollaborationContract(project.ownerTenant(), project.id(),
                CatalogueService.terms(form.terms()), clock.now(), user.signature());
        catalogue.add(contract);
        proposal.contracted(project.id(), clock.now(), user.signature());
        catalogue.flush();
        proposals.flush();
        audit.record(AuditEntry.Action.UPDATE, PROPOSAL, id);
        audit.record(AuditEntry.Action.CREATE, CatalogueService.CONTRACT, contract.id());
        return support.contractView(contract, project, true);
    }

    private Views.ProposalView saved(Proposal proposal) {
        proposals.flush();
        audit.record(AuditEntry.Action.UPDATE, PROPOSAL, proposal.id());
        return view(proposal);
    }

    private Proposal find(UUID id) {
        return proposals.find(id).orElseThrow(() -> DomainException.notFound("協働提案", "Proposal"));
    }

    private Proposal findAtVersion(UUID id, long version) {
        Proposal proposal = find(id);
        if (!proposal.isAtVersion(version)) {
            throw DomainException.staleVersion();
        }
        return proposal;
    }

    static Views.ProposalSummary summary(Proposal p) {
        return new Views.ProposalSummary(p.id(), p.version(), p.kind(), p.title(), p.field(), p.proposerName(),
                p.responsibleDivision(), p.receivedOn(), p.fiscalYear(), p.status(), p.decidedOn(), p.grantAmount(),
                p.projectId());
    }

    private Views.ProposalView view(Proposal p) {
        List<Views.SupportEntry> log = proposals.supportLog(p.id()).stream()
                .map(s -> new Views.SupportEntry(s.id(), s.date(), s.supporter(), s.activity(), s.notes(), s.recordedBy()))
                .toList();
        return new Views.ProposalView(p.id(), p.version(), p.kind(), p.title(), p.summary(), p.field(), p.proposerName(),
                p.contactPerson(), p.contact(), p.responsibleDivision(), p.receivedOn(), p.fiscalYear(), p.status(),
                p.decisionReason(), p.decidedOn(), p.grantAmount(), grantLimit, p.projectId(), p.statusToken(),
                p.status().next().stream().toList(), log);
    }
}
