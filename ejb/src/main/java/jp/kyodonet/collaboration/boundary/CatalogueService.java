package jp.kyodonet.collaboration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.control.CollaborationRepository.ProjectFilter;
import jp.kyodonet.collaboration.control.CollaborationRepository.Scope;
import jp.kyodonet.collaboration.control.ProjectCatalogueImport;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.ContractAmendment;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.UUID;

/**
 * The collaboration catalogue for centres and the city government: projects, contracts and evaluation sheets. A
 * ward's centre and its ward office (区役所) keep the ward's projects; the city centre the bureaus', and a bureau's
 * officer (局の所管課) only their bureau's; the city's division (市民協働推進課) reads every centre's and writes where the
 * city centre's projects are concerned. Another centre's or another bureau's record is not found. On a sheet the
 * 行政 column belongs to the city government: the owning ward office or bureau, or for a bureau's project the
 * division; centre staff do not fill it (they read it once submitted). The partner
 * (団体等) fills theirs through their link ({@link PublicCollaboration}).
 */
@Stateless
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST, Roles.WARD_OFFICER,
        Roles.BUREAU_OFFICER})
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST, Roles.WARD_OFFICER,
        Roles.BUREAU_OFFICER})
public class CatalogueService {

    static final String PROJECT = "collaboration-project";
    static final String CONTRACT = "collaboration-contract";
    static final String EVALUATION = "evaluation-sheet";

    @Inject
    CollaborationRepository catalogue;

    @Inject
    ProjectCatalogueImport importer;

    @Inject
    CatalogueSupport support;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    // ---- projects

    public Page<Views.ProjectSummary> projects(@NotNull ProjectFilter filter, @Valid @NotNull PageRequest page) {
        Scope scope = readScope();
        List<Views.ProjectSummary> items = catalogue.projects(scope, filter, page.firstResult(), page.size()).stream()
                .map(Mapping::project).toList();
        return new Page<>(items, page.page(), page.size(), catalogue.countProjects(scope, filter));
    }

    public Views.ProjectView project(@NotNull UUID id) {
        CollaborationProject project = project(readScope(), id);
        return projectView(project);
    }

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ProjectView createProject(@Valid @NotNull Forms.ProjectForm form) {
        CollaborationProject project = support.newProject(form.ownerName(), form.division(), form.name(), form.field(),
                form.partners(), form.origin(), null);
        project.ranIn(form.fiscalYear(), false, clock.now(), user.signature());
        catalogue.add(project);
        catalogue.flush();
        audit.record(AuditEntry.Action.CREATE, PROJECT, project.id());
        return projectView(project);
    }

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ProjectView reviseProject(@NotNull UUID id, long version, @Valid @NotNull Forms.ProjectForm form) {
        CollaborationProject project = project(writeScope(), id);
        requireVersion(project.version(), version);
        String ownerName = project.ownerKind() == OwnerKind.WARD ? project.ownerName() : support.officersBureau(CatalogueSupport.bureau(form.ownerName()));
        project.describe(ownerName, form.division(), form.name(), form.field(), form.partners(), form.origin(),
                clock.now(), user.signature());
        project.ranIn(form.fiscalYear(), false, clock.now(), user.signature());
        catalogue.flush();
        audit.record(AuditEntry.Action.UPDATE, PROJECT, id);
        return projectView(project);
    }

    /** Imports a year's project list (see {@link ProjectCatalogueImport}): managers and city coordinators. */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public ProjectCatalogueImport.Report importCatalogue(@NotNull String csv, int fiscalYear) {
        return importer.run(csv, fiscalYear, here(), clock.now(), user.signature());
    }

    private Views.ProjectView projectView(CollaborationProject project) {
        List<Views.ContractSummary> contracts = catalogue.contractsOf(Scope.cityWide(), project.id()).stream()
                .map(Mapping::contract).toList();
        return new Views.ProjectView(Mapping.project(project), project.proposalId(), manages(project.ownerTenant()),
                contracts);
    }

    // ---- contracts

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ContractView addContract(@NotNull UUID projectId, @Valid @NotNull Forms.ContractForm form) {
        CollaborationProject project = project(writeScope(), projectId);
        CollaborationContract contract = new CollaborationContract(project.ownerTenant(), project.id(), terms(form),
                clock.now(), user.signature());
        contract.centreIsPartner(Boolean.TRUE.equals(form.centreIsPartner()));
        catalogue.add(contract);
        catalogue.flush();
        audit.record(AuditEntry.Action.CREATE, CONTRACT, contract.id());
        return support.contractView(contract, project, true);
    }

    public Views.ContractView contract(@NotNull UUID id) {
        CollaborationContract contract = contract(readScope(), id);
        return support.contractView(contract, project(Scope.cityWide(), contract.projectId()), manages(contract.ownerTenant()));
    }

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ContractView redraft(@NotNull UUID id, long version, @Valid @NotNull Forms.ContractForm form) {
        CollaborationContract contract = contractAtVersion(id, version);
        contract.redraft(terms(form), clock.now(), user.signature());
        contract.centreIsPartner(Boolean.TRUE.equals(form.centreIsPartner()));
        return saved(contract);
    }

    /** sign → start → end. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ContractView move(@NotNull UUID id, long version, @Valid @NotNull Forms.ContractMove move) {
        CollaborationContract contract = contractAtVersion(id, version);
        java.time.LocalDate on = move.on() == null ? clock.today() : move.on();
        switch (move.step()) {
            case SIGN -> contract.sign(on, clock.now(), user.signature());
            case START -> contract.start(clock.now(), user.signature());
            case END -> contract.end(on, clock.now(), user.signature());
            default -> throw new IllegalStateException(move.step().name());
        }
        return saved(contract);
    }

    /** 変更契約: records the amendment and changes the period end and amount. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.ContractView amend(@NotNull UUID id, long version, @Valid @NotNull Forms.AmendmentForm form) {
        CollaborationContract contract = contractAtVersion(id, version);
        java.time.LocalDate oldEnd = contract.periodTo();
        long oldAmount = contract.amount();
        contract.amend(form.periodTo(), form.amount(), clock.now(), user.signature());
        catalogue.add(new ContractAmendment(contract.ownerTenant(), contract.id(),
                form.amendedOn() == null ? clock.today() : form.amendedOn(), form.reason(), oldEnd, form.periodTo(),
                oldAmount, form.amount(), user.signature()));
        return saved(contract);
    }

    private Views.ContractView saved(CollaborationContract contract) {
        catalogue.flush();
        audit.record(AuditEntry.Action.UPDATE, CONTRACT, contract.id());
        return support.contractView(contract, project(Scope.cityWide(), contract.projectId()), manages(contract.ownerTenant()));
    }

    private CollaborationContract contractAtVersion(UUID id, long version) {
        CollaborationContract contract = contract(writeScope(), id);
        requireVersion(contract.version(), version);
        return contract;
    }

    static CollaborationContract.Terms terms(Forms.ContractForm form) {
        return new CollaborationContract.Terms(form.type(), form.partner(), form.cityParty(), form.purpose(), form.roles(),
                form.costShare(), form.amount(), form.periodFrom(), form.periodTo(), form.businessAreas());
    }

    // ---- evaluation sheets

    /** Opens the sheet of a contract's fiscal year: once that year is over or the contract has ended in it. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.EvaluationView startEvaluation(@NotNull UUID contractId, int fiscalYear) {
        CollaborationContract contract = contract(writeScope(), contractId);
        contract.checkEvaluable(fiscalYear, clock.today());
        if (catalogue.evaluationOf(contractId, fiscalYear).isPresent()) {
            throw DomainException.conflict(new Message(new FiscalYear(fiscalYear).japaneseLabel() + "の評価シートはすでにあります",
                    "This contract already has a sheet for fiscal year " + fiscalYear));
        }
        EvaluationSheet sheet = new EvaluationSheet(contract, fiscalYear, LinkTokens.issue(contract.ownerTenant()),
                clock.now());
        catalogue.add(sheet);
        catalogue.flush();
        audit.record(AuditEntry.Action.CREATE, EVALUATION, sheet.id());
        return sheetView(sheet);
    }

    public List<Views.EvaluationSummary> evaluations(Integer fiscalYear, EvaluationStatus status) {
        return catalogue.evaluations(readScope(), fiscalYear, status).stream()
                .map(e -> Mapping.evaluation(e, project(Scope.cityWide(), e.projectId()))).toList();
    }

    public Views.EvaluationView evaluation(@NotNull UUID id) {
        return sheetView(evaluation(readScope(), id));
    }

    /**
     * The 行政 column: grades, verification texts and who filled it in. Only the city government writes it: the
     * owning ward office or bureau, or for a bureau's project (the city centre's own among them) the city's
     * division; never centre staff.
     */
    @RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.EvaluationView fillCityColumn(@NotNull UUID id, long version, @Valid @NotNull Forms.EvaluationFill fill) {
        EvaluationSheet sheet = sheetAtVersion(id, version);
        sheet.fill(EvaluationSheet.Side.CITY, fill.grades(), fill.notes(), fill.roles(), fill.writer(), clock.now());
        return savedSheet(sheet);
    }

    /**
     * The 団体等 column, where the managing centre is itself the partner (the city centre's own operation contract):
     * the centre's people fill and submit it in the portal; any other sheet's partner uses its link.
     */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Views.EvaluationView fillPartnerColumn(@NotNull UUID id, long version, @Valid @NotNull Forms.EvaluationFill fill) {
        EvaluationSheet sheet = centreAsPartner(id, version);
        sheet.fill(EvaluationSheet.Side.PARTNER, fill.grades(), fill.notes(), fill.roles(), fill.writer(), clock.now());
        return savedSheet(sheet);
    }

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Views.EvaluationView submitPartnerColumn(@NotNull UUID id, long version) {
        EvaluationSheet sheet = centreAsPartner(id, version);
        sheet.submit(EvaluationSheet.Side.PARTNER, clock.now());
        return savedSheet(sheet);
    }

    /**
     * Part 3, written together once both have submitted: the 行政 side that writes the sheet's column, or the
     * centre where it is the partner (the partner's link writes it through the public page).
     */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
            Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.EvaluationView writeJoint(@NotNull UUID id, long version, @Valid @NotNull Forms.JointVerification joint) {
        EvaluationSheet sheet = sheetAtVersion(id, version);
        boolean city = isGovernment();
        if (!city && !contract(writeScope(), sheet.contractId()).centreIsPartner()) {
            throw DomainException.forbidden(new Message(
                    "相互検証は団体等（評価シートのリンク）と行政が記入します",
                    "The joint verification is written by the partner (through its link) and the city"));
        }
        sheet.writeJoint(joint.texts(), user.signature(), clock.now());
        return savedSheet(sheet);
    }

    private EvaluationSheet centreAsPartner(UUID id, long version) {
        if (isGovernment()) {
            throw DomainException.forbidden(new Message("行政は団体等の欄を記入できません",
                    "The city does not fill the partner's column"));
        }
        EvaluationSheet sheet = sheetAtVersion(id, version);
        if (!contract(writeScope(), sheet.contractId()).centreIsPartner()) {
            throw DomainException.forbidden(new Message(
                    "この契約では団体等の欄は相手方がリンクから記入します（センターが団体等である契約ではありません）",
                    "The partner fills this contract's partner column through its link (the centre is not the partner)"));
        }
        return sheet;
    }

    @RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.EvaluationView submitCityColumn(@NotNull UUID id, long version) {
        EvaluationSheet sheet = sheetAtVersion(id, version);
        sheet.submit(EvaluationSheet.Side.CITY, clock.now());
        return savedSheet(sheet);
    }

    /**
     * Publishes a completed sheet (ordinance Art. 15-2): the centre's managers, the owning ward office or bureau, or
     * for a bureau's project the division. An ended contract whose last year it is becomes evaluated.
     */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    public Views.EvaluationView publish(@NotNull UUID id, long version) {
        EvaluationSheet sheet = sheetAtVersion(id, version);
        sheet.publish(clock.now());
        contract(writeScope(), sheet.contractId()).evaluated(sheet.fiscalYear(), clock.now(), user.signature());
        return savedSheet(sheet);
    }

    private Views.EvaluationView savedSheet(EvaluationSheet sheet) {
        catalogue.flush();
        audit.record(AuditEntry.Action.UPDATE, EVALUATION, sheet.id());
        return sheetView(sheet);
    }

    private EvaluationSheet sheetAtVersion(UUID id, long version) {
        EvaluationSheet sheet = evaluation(writeScope(), id);
        requireVersion(sheet.version(), version);
        return sheet;
    }

    private Views.EvaluationView sheetView(EvaluationSheet sheet) {
        CollaborationContract contract = contract(Scope.cityWide(), sheet.contractId());
        CollaborationProject project = project(Scope.cityWide(), sheet.projectId());
        // the 行政 side that writes this sheet's column: its ward office or bureau, or the division for the bureaus'
        boolean cityWriter = isGovernment() && sheet.ownerTenant().equals(here());
        boolean partner = !isGovernment() && contract.centreIsPartner() && sheet.ownerTenant().equals(here());
        return Mapping.sheet(sheet, project, contract,
                cityWriter ? Mapping.Reader.CITY : partner ? Mapping.Reader.PARTNER : Mapping.Reader.ANYONE,
                manages(sheet.ownerTenant()));
    }

    // ---- scope

    /**
     * What the caller reads: the division the whole of its city; a bureau's officer their bureau's projects at the
     * city centre; everyone else (centre people, a ward office) their own centre's records.
     */
    private Scope readScope() {
        return isHq() ? Scope.cityWide() : writeScope();
    }

    /**
     * What the caller writes: a bureau's officer their bureau's projects; everyone else their own centre's records,
     * so the division (on the city's account) the projects the city centre manages, the bureaus', never a ward's.
     */
    private Scope writeScope() {
        if (context.isCallerInRole(Roles.BUREAU_OFFICER) && !isCentrePerson()) {
            return Scope.bureau(here(), user.bureau());
        }
        return Scope.of(here());
    }

    private boolean manages(TenantId owner) {
        return !isHq() && owner.equals(here());
    }

    /** The division: HQ's role without a centre's. */
    private boolean isHq() {
        return context.isCallerInRole(Roles.HQ_ANALYST) && !isCentrePerson();
    }

    /** The city government (行政): the division, a ward office, a bureau; not a centre's people. */
    private boolean isGovernment() {
        return !isCentrePerson() && (context.isCallerInRole(Roles.HQ_ANALYST) || context.isCallerInRole(Roles.WARD_OFFICER)
                || context.isCallerInRole(Roles.BUREAU_OFFICER));
    }

    private boolean isCentrePerson() {
        return context.isCallerInRole(Roles.CENTRE_STAFF) || context.isCallerInRole(Roles.CENTRE_MANAGER)
                || context.isCallerInRole(Roles.NETWORK_COORDINATOR);
    }

    private TenantId here() {
        return support.here();
    }

    private CollaborationProject project(Scope scope, UUID id) {
        return catalogue.project(scope, id).orElseThrow(() -> DomainException.notFound("協働事業", "Collaboration project"));
    }

    private CollaborationContract contract(Scope scope, UUID id) {
        return catalogue.contract(scope, id).orElseThrow(() -> DomainException.notFound("協働契約", "Collaboration contract"));
    }

    private EvaluationSheet evaluation(Scope scope, UUID id) {
        return catalogue.evaluation(scope, id).orElseThrow(() -> DomainException.notFound("評価シート", "Evaluation sheet"));
    }

    static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw DomainException.staleVersion();
        }
    }
}
