package jp.kyodonet.collaboration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.control.CollaborationRepository.Scope;
import jp.kyodonet.collaboration.control.OrdinanceReport;
import jp.kyodonet.collaboration.control.ProposalFigures;
import jp.kyodonet.collaboration.control.ProposalStatusLookup;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.CollaborationVocabulary;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.organisation.entity.OrganisationVocabulary;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.Tenant;

import java.util.List;
import java.util.UUID;

/**
 * PUBLIC scope of collaboration: the ordinance report (条例第20条) of a fiscal year, published evaluation
 * sheets (Art. 15-2), the partner's column of a sheet behind the partner's link, and a proposer's status
 * page behind theirs. Nothing here shows a person's contact.
 */
@Stateless
@PermitAll
public class PublicCollaboration {

    @Inject
    CollaborationRepository catalogue;

    @Inject
    OrdinanceReport report;

    @Inject
    ProposalFigures proposalFigures;

    @Inject
    ProposalStatusLookup proposalLookup;

    @Inject
    SystemTasks systemTasks;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    /** The report of a fiscal year: every figure computed from the records (proposals counted centre by centre). */
    public Views.Report report(int fiscalYear) {
        OrdinanceReport.Figures figures = report.of(fiscalYear);
        ProposalFigures.Counts proposals = new ProposalFigures.Counts(0, 0);
        for (Tenant centre : tenants.active()) {
            proposals = proposals.plus(systemTasks.asTenant(centre.id(), () -> proposalFigures.of(fiscalYear)));
        }
        List<Views.FieldLine> fields = figures.fields().stream()
                .map(f -> new Views.FieldLine(f.number(), f.field(), OrganisationVocabulary.label(f.field()).ja(),
                        OrganisationVocabulary.label(f.field()).en(), split(f.projects()))).toList();
        List<Views.ContractLine> contracts = figures.contracts().stream()
                .map(c -> new Views.ContractLine(c.type(), CollaborationVocabulary.label(c.type()).ja(),
                        CollaborationVocabulary.label(c.type()).en(), c.contracts(), c.amount())).toList();
        List<Views.PublishedLine> published = figures.published().stream().map(p -> {
            CollaborationProject project = project(p.projectId());
            CollaborationContract contract = contract(p.contractId());
            return new Views.PublishedLine(p.id(), project.name(), project.ownerName(), contract.type(), contract.partner());
        }).toList();
        String city = tenants.cityCentre().city();
        List<String> wardOrder = tenants.activeIn(city).stream().filter(t -> !t.isCityCentre())
                .map(CatalogueSupport::wardName).toList();
        var survey = report.survey(city, fiscalYear);
        boolean closed = survey.isPresent() && !survey.get().isOpen();
        String label = new FiscalYear(fiscalYear).japaneseLabel();
        return new Views.Report(fiscalYear, label, label + " " + tenants.cityCentre().area() + "市民協働条例に基づく市民協働の取組状況報告書",
                fields, split(figures.totals()), split(figures.projectsWithContract()), contracts, figures.contractsTotal(),
                figures.contractAmountTotal(), proposals.received(), proposals.adopted(), published,
                survey.map(s -> s.status().name()).orElse("NONE"), closed ? report.section2(survey.get(), wardOrder) : null,
                closed ? report.lists(fiscalYear, wardOrder) : List.of(), PrintedReports.notes(fiscalYear, fields));
    }

    private static Views.Split split(OrdinanceReport.Split split) {
        return new Views.Split(split.ward(), split.bureau(), split.total());
    }

    /** Published sheets, newest year first (a fiscal year optional). */
    public List<Views.EvaluationSummary> published(Integer fiscalYear) {
        return catalogue.evaluations(Scope.cityWide(), fiscalYear, EvaluationStatus.PUBLISHED).stream()
                .map(e -> Mapping.evaluation(e, project(e.projectId()))).toList();
    }

    /** A published sheet, read-only, both columns and the divergence marks. */
    public Views.EvaluationView publishedSheet(@NotNull UUID id) {
        EvaluationSheet sheet = catalogue.evaluation(Scope.cityWide(), id)
                .filter(e -> e.status() == EvaluationStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("公表された評価シート", "Published evaluation sheet"));
        return Mapping.sheet(sheet, project(sheet.projectId()), contract(sheet.contractId()), Mapping.Reader.ANYONE, false);
    }

    /** The sheet behind a partner's link, as the partner (団体等) sees it. */
    public Views.EvaluationView partnerSheet(@NotNull String token) {
        EvaluationSheet sheet = byToken(token);
        return Mapping.sheet(sheet, project(sheet.projectId()), contract(sheet.contractId()), Mapping.Reader.PARTNER, false);
    }

    /** The partner fills its own column (団体等) only. */
    public Views.EvaluationView fillPartnerColumn(@NotNull String token, long version,
                                                  @Valid @NotNull Forms.EvaluationFill fill) {
        EvaluationSheet sheet = byToken(token);
        CatalogueService.requireVersion(sheet.version(), version);
        sheet.fill(EvaluationSheet.Side.PARTNER, fill.grades(), fill.notes(), fill.roles(), fill.writer(), clock.now());
        catalogue.flush();
        return partnerSheet(token);
    }

    /** Part 3, written together with the city once both have submitted. */
    public Views.EvaluationView writeJoint(@NotNull String token, long version,
                                           @Valid @NotNull Forms.JointVerification joint) {
        EvaluationSheet sheet = byToken(token);
        CatalogueService.requireVersion(sheet.version(), version);
        String by = sheet.writer(EvaluationSheet.Side.PARTNER).responsible();
        sheet.writeJoint(joint.texts(), "団体等" + (by == null ? "" : "（" + by + "）"), clock.now());
        catalogue.flush();
        return partnerSheet(token);
    }

    public Views.EvaluationView submitPartnerColumn(@NotNull String token, long version) {
        EvaluationSheet sheet = byToken(token);
        CatalogueService.requireVersion(sheet.version(), version);
        sheet.submit(EvaluationSheet.Side.PARTNER, clock.now());
        catalogue.flush();
        return partnerSheet(token);
    }

    /** What a proposer sees behind their link: status, and the decision with its reason. */
    public Views.ProposalStatusPage proposalStatus(@NotNull String token) {
        Tenant centre = LinkTokens.centreOf(token).flatMap(tenants::findActive)
                .orElseThrow(() -> DomainException.notFound("協働提案", "Proposal"));
        Proposal p = systemTasks.asTenant(centre.id(), () -> proposalLookup.byToken(token))
                .orElseThrow(() -> DomainException.notFound("協働提案", "Proposal"));
        return new Views.ProposalStatusPage(centre.displayNameJa(), p.title(), p.proposerName(), p.receivedOn(), p.status(),
                p.decisionReason(), p.decidedOn(), p.grantAmount());
    }

    private EvaluationSheet byToken(String token) {
        return LinkTokens.centreOf(token).flatMap(c -> catalogue.evaluationByToken(token))
                .orElseThrow(() -> DomainException.notFound("評価シート", "Evaluation sheet"));
    }

    private CollaborationProject project(UUID id) {
        return catalogue.project(Scope.cityWide(), id).orElseThrow();
    }

    private CollaborationContract contract(UUID id) {
        return catalogue.contract(Scope.cityWide(), id).orElseThrow();
    }
}
