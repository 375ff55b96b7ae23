package jp.kyodonet.collaboration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.control.CollaborationRepository.ProjectFilter;
import jp.kyodonet.collaboration.control.CollaborationRepository.Scope;
import jp.kyodonet.collaboration.control.SurveyRepository;
import jp.kyodonet.collaboration.control.SurveyRepository.Office;
import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.AnnualSurveyCorrection;
import jp.kyodonet.collaboration.entity.AnnualSurveyRow;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The annual survey (照会) of 区局 about their collaboration projects. The city's collaboration division (hq-analyst)
 * opens a fiscal year's survey: every ward office of the city and every bureau with projects in the catalogue gets an
 * answer with last year's projects carried over. An office (ward-officer of its ward; bureau-officer of its bureau)
 * confirms, edits, adds and removes its projects and submits; submitting writes the year into the catalogue (the
 * project ran that year, with a contract or not). The division sees who has answered, reminds those who have not,
 * returns an answer with a reason, and closes the survey; after closing, only the division corrects a row, with a
 * reason, and every correction is kept. Another office's answer is not found; centre staff have no part in it.
 */
@Stateless
@DeclareRoles({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER, Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER,
        Roles.NETWORK_COORDINATOR})
@RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
public class SurveyService {

    static final String SURVEY = "collaboration-survey";
    static final String ANSWER = "collaboration-survey-answer";

    @Inject
    SurveyRepository surveys;

    @Inject
    CollaborationRepository catalogue;

    @Inject
    CatalogueSupport support;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    // ---- the division

    /** Opens the survey of {@code fiscalYear}: an answer per ward office and per bureau, last year's projects carried over. */
    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.SurveyView open(@Valid @NotNull Forms.SurveyOpen form) {
        int year = form.fiscalYear();
        if (surveys.surveyOf(city(), year).isPresent()) {
            throw alreadyOpen(year);
        }
        AnnualSurvey survey = new AnnualSurvey(city(), here(), year, form.dueOn(), clock.now(), user.signature());
        surveys.add(survey);
        for (Tenant ward : tenants.activeIn(city())) {
            if (!ward.isCityCentre()) {
                addAnswer(survey, ward.id(), OwnerKind.WARD, CatalogueSupport.wardName(ward));
            }
        }
        for (String bureau : knownBureaus()) {
            addAnswer(survey, here(), OwnerKind.BUREAU, bureau);
        }
        try {
            surveys.flush();
        } catch (PersistenceException e) {
            // another division member opened the same year at the same moment: the unique key kept one
            throw alreadyOpen(year);
        }
        audit.record(AuditEntry.Action.CREATE, SURVEY, survey.id());
        return surveyView(survey);
    }

    /** Adds a bureau that the catalogue does not know yet to an open survey. */
    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.SurveyView addBureau(@NotNull UUID surveyId, @Valid @NotNull Forms.SurveyOffice form) {
        AnnualSurvey survey = survey(surveyId);
        survey.requireOpen();
        String bureau = CatalogueSupport.bureau(form.bureau());
        if (surveys.answers(surveyId, Office.everyOne()).stream()
                .anyMatch(a -> a.officeKind() == OwnerKind.BUREAU && a.officeName().equals(bureau))) {
            throw DomainException.conflict(new Message(bureau + "はすでに照会先にあります", bureau + " is already asked"));
        }
        addAnswer(survey, here(), OwnerKind.BUREAU, bureau);
        surveys.flush();
        audit.record(AuditEntry.Action.UPDATE, SURVEY, surveyId);
        return surveyView(survey);
    }

    /** Reminds every office that has not answered yet (shown to them on their list); how many were reminded. */
    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.SurveyView remind(@NotNull UUID surveyId) {
        AnnualSurvey survey = survey(surveyId);
        survey.requireOpen();
        for (AnnualSurveyAnswer answer : surveys.answers(surveyId, Office.everyOne())) {
            if (!answer.isSubmitted()) {
                answer.remind(clock.now());
            }
        }
        surveys.flush();
        audit.record(AuditEntry.Action.UPDATE, SURVEY, surveyId);
        return surveyView(survey);
    }

    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.SurveyView close(@NotNull UUID surveyId, long version) {
        AnnualSurvey survey = survey(surveyId);
        CatalogueService.requireVersion(survey.version(), version);
        survey.close(clock.now(), user.signature());
        surveys.flush();
        audit.record(AuditEntry.Action.CLOSE, SURVEY, surveyId);
        return surveyView(survey);
    }

    /** Sends a submitted answer back to its office with the reason, while the survey is open. */
    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.AnswerView giveBack(@NotNull UUID answerId, long version, @Valid @NotNull Forms.SurveyReturn form) {
        AnnualSurveyAnswer answer = answerAtVersion(answerId, version);
        survey(answer.surveyId()).requireOpen();
        answer.giveBack(form.reason(), clock.now(), user.signature());
        return savedAnswer(answer);
    }

    /** Corrects a row of a closed survey: the row as it should be and why; logged with the row before and after. */
    @RolesAllowed(Roles.HQ_ANALYST)
    public Views.AnswerView correct(@NotNull UUID answerId, @NotNull UUID rowId, long version,
                                    @Valid @NotNull Forms.SurveyCorrectionForm form) {
        AnnualSurveyAnswer answer = answer(answerId);
        AnnualSurvey survey = survey(answer.surveyId());
        if (survey.isOpen()) {
            throw DomainException.conflict(new Message("照会の期間中は、所管の区局が回答を直します（訂正は締切後です）",
                    "While the survey is open the office changes its answer; corrections come after closing"));
        }
        AnnualSurveyRow row = row(answerId, rowId);
        CatalogueService.requireVersion(row.version(), version);
        String before = row.describe();
        row.state(content(form.row()), clock.now(), user.signature());
        surveys.add(new AnnualSurveyCorrection(survey.id(), answerId, rowId, form.reason(), before, row.describe(),
                clock.now(), user.signature()));
        if (answer.isSubmitted()) {
            intoCatalogue(survey, answer, row);
        }
        answer.touch(clock.now(), user.signature());
        return savedAnswer(answer);
    }

    // ---- reading

    /** The surveys of the caller's city, each with the answers the caller reaches. */
    public List<Views.SurveyView> surveys() {
        return surveys.surveys(city()).stream().map(this::surveyView).toList();
    }

    public Views.SurveyView surveyOf(@NotNull UUID id) {
        return surveyView(survey(id));
    }

    public Views.AnswerView answerView(@NotNull UUID id) {
        return view(answer(id));
    }

    // ---- the office

    /** Confirms or edits a row of the office's pending answer. */
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.AnswerView editRow(@NotNull UUID answerId, @NotNull UUID rowId, long version,
                                    @Valid @NotNull Forms.SurveyRowForm form) {
        AnnualSurveyAnswer answer = editable(answerId);
        AnnualSurveyRow row = row(answerId, rowId);
        CatalogueService.requireVersion(row.version(), version);
        row.state(content(form), clock.now(), user.signature());
        answer.touch(clock.now(), user.signature());
        return savedAnswer(answer);
    }

    /** Adds a project the office ran that year and that is not carried over. */
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.AnswerView addRow(@NotNull UUID answerId, @Valid @NotNull Forms.SurveyRowForm form) {
        AnnualSurveyAnswer answer = editable(answerId);
        surveys.add(new AnnualSurveyRow(answer, null, AnnualSurveyRow.State.ADDED, content(form), clock.now(),
                user.signature()));
        answer.touch(clock.now(), user.signature());
        return savedAnswer(answer);
    }

    /** The project did not run that year: a carried-over row is marked removed, a row the office added goes. */
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.AnswerView removeRow(@NotNull UUID answerId, @NotNull UUID rowId, long version) {
        AnnualSurveyAnswer answer = editable(answerId);
        AnnualSurveyRow row = row(answerId, rowId);
        CatalogueService.requireVersion(row.version(), version);
        if (row.state() == AnnualSurveyRow.State.ADDED) {
            surveys.remove(row);
        } else {
            row.remove(clock.now(), user.signature());
        }
        answer.touch(clock.now(), user.signature());
        return savedAnswer(answer);
    }

    /** Submits the office's answer: every carried-over project confirmed or removed; the year goes into the catalogue. */
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    public Views.AnswerView submit(@NotNull UUID answerId, long version) {
        AnnualSurveyAnswer answer = editable(answerId);
        CatalogueService.requireVersion(answer.version(), version);
        List<AnnualSurveyRow> rows = surveys.rows(answerId);
        long toConfirm = rows.stream().filter(r -> r.state() == AnnualSurveyRow.State.CARRIED).count();
        if (toConfirm > 0) {
            throw DomainException.conflict(new Message("前年度から引き継いだ事業のうち、確認していないものが" + toConfirm
                    + "件あります（実施した事業は確認、実施しなかった事業は削除してください）",
                    toConfirm + " carried-over projects are not confirmed yet (confirm or remove each)"));
        }
        AnnualSurvey survey = survey(answer.surveyId());
        for (AnnualSurveyRow row : rows) {
            intoCatalogue(survey, answer, row);
        }
        answer.submit(clock.now(), user.signature());
        return savedAnswer(answer);
    }

    // ---- inside

    /** What the office said of the row, written into the catalogue's project for the surveyed year. */
    private void intoCatalogue(AnnualSurvey survey, AnnualSurveyAnswer answer, AnnualSurveyRow row) {
        int year = survey.fiscalYear();
        CollaborationProject project = row.projectId() == null ? null
                : catalogue.project(Scope.of(answer.ownerTenant()), row.projectId()).orElse(null);
        if (!row.counts()) {
            if (project != null) {
                project.answeredFor(year, false, false, clock.now(), user.signature());
            }
            return;
        }
        if (project == null) {
            project = new CollaborationProject(answer.ownerTenant(), answer.officeKind(), answer.officeName(), row.division(),
                    row.name(), row.field(), row.partners(), row.origin(), null, null, clock.now(), user.signature());
            catalogue.add(project);
            row.linkTo(project.id());
        } else {
            project.describe(answer.officeName(), row.division(), row.name(), row.field(), row.partners(),
                    row.origin() != null ? row.origin() : project.origin(), clock.now(), user.signature());
        }
        project.answeredFor(year, true, row.contracted(), clock.now(), user.signature());
    }

    private void addAnswer(AnnualSurvey survey, TenantId owner, OwnerKind kind, String office) {
        AnnualSurveyAnswer answer = new AnnualSurveyAnswer(survey, owner, kind, office, clock.now(), user.signature());
        surveys.add(answer);
        for (CollaborationProject project : projectsOf(owner, kind, office, survey.fiscalYear())) {
            boolean contracted = project.contractYears().contains(survey.fiscalYear() - 1);
            surveys.add(new AnnualSurveyRow(answer, project.id(), AnnualSurveyRow.State.CARRIED, new AnnualSurveyRow.Content(
                    project.division(), project.name(), project.field(), project.partners(), null, false, 0, null, null,
                    contracted ? project.origin() : null), clock.now(), user.signature()));
        }
    }

    /** The office's projects of the year before (or already entered for this year), to carry over. */
    private List<CollaborationProject> projectsOf(TenantId owner, OwnerKind kind, String office, int year) {
        Set<CollaborationProject> found = new LinkedHashSet<>();
        for (int y : List.of(year - 1, year)) {
            int page = 0;
            List<CollaborationProject> batch;
            do {
                Scope scope = kind == OwnerKind.BUREAU ? Scope.bureau(owner, office) : Scope.of(owner);
                batch = catalogue.projects(scope, new ProjectFilter(y, kind, null, null), page * 500, 500);
                batch.stream().filter(p -> p.ownerName().equals(office)).forEach(found::add);
                page++;
            } while (batch.size() == 500);
        }
        return new ArrayList<>(found);
    }

    /** The bureaus the catalogue knows at the city centre. */
    private List<String> knownBureaus() {
        return catalogue.bureausOf(here());
    }

    private static AnnualSurveyRow.Content content(Forms.SurveyRowForm form) {
        return new AnnualSurveyRow.Content(form.division(), form.name(), form.field(), form.partners(), form.summary(),
                form.contracted(), form.contractCount() == null ? 0 : form.contractCount(), form.contractForm(),
                form.contractAmount(), form.origin());
    }

    private AnnualSurveyAnswer editable(UUID answerId) {
        AnnualSurveyAnswer answer = answer(answerId);
        answer.requireEditable(survey(answer.surveyId()));
        return answer;
    }

    private AnnualSurveyAnswer answerAtVersion(UUID answerId, long version) {
        AnnualSurveyAnswer answer = answer(answerId);
        CatalogueService.requireVersion(answer.version(), version);
        return answer;
    }

    private Views.AnswerView savedAnswer(AnnualSurveyAnswer answer) {
        surveys.flush();
        audit.record(AuditEntry.Action.UPDATE, ANSWER, answer.id());
        return view(answer);
    }

    private Views.SurveyView surveyView(AnnualSurvey survey) {
        List<AnnualSurveyAnswer> all = surveys.answers(survey.id(), Office.everyOne());
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] c : surveys.rowCounts(survey.id())) {
            counts.put(UUID.fromString((String) c[0]), new long[] {((Number) c[1]).longValue(),
                    c[2] == null ? 0 : ((Number) c[2]).longValue()});
        }
        Office office = office();
        // wards in the city's order (as the report lists them), then bureaus by name
        List<String> wardOrder = tenants.activeIn(city()).stream().filter(t -> !t.isCityCentre())
                .map(CatalogueSupport::wardName).toList();
        List<Views.AnswerSummary> answers = all.stream().filter(office::reaches)
                .sorted(java.util.Comparator.comparing((AnnualSurveyAnswer a) -> a.officeKind() == OwnerKind.WARD
                        ? wardOrder.indexOf(a.officeName()) : wardOrder.size()))
                .map(a -> {
                    long[] n = counts.getOrDefault(a.id(), new long[2]);
                    return new Views.AnswerSummary(a.id(), a.version(), a.officeKind(), a.officeName(), a.status(),
                            a.submittedAt(), a.submittedBy(), a.returnedReason(), a.remindedAt(), a.reminders(), n[0], n[1]);
                }).toList();
        int answered = (int) all.stream().filter(AnnualSurveyAnswer::isSubmitted).count();
        return new Views.SurveyView(survey.id(), survey.version(), survey.fiscalYear(), survey.status(), survey.dueOn(),
                survey.openedAt(), survey.openedBy(), survey.closedAt(), survey.closedBy(), all.size(), answered, answers);
    }

    private Views.AnswerView view(AnnualSurveyAnswer answer) {
        AnnualSurvey survey = survey(answer.surveyId());
        List<Views.SurveyRowView> rows = surveys.rows(answer.id()).stream().map(r -> new Views.SurveyRowView(r.id(),
                r.version(), r.projectId(), r.state(), r.division(), r.name(), r.field(), r.partners(), r.summary(),
                r.contracted(), r.contractCount(), r.contractForm(), r.contractAmount(), r.origin())).toList();
        List<Views.CorrectionView> corrections = surveys.corrections(answer.id()).stream()
                .map(c -> new Views.CorrectionView(c.rowId(), c.correctedAt(), c.correctedBy(), c.reason(), c.beforeRow(),
                        c.afterRow())).toList();
        boolean editable = !isDivision() && survey.isOpen() && !answer.isSubmitted();
        boolean correctable = isDivision() && !survey.isOpen();
        return new Views.AnswerView(answer.id(), answer.version(), survey.id(), survey.fiscalYear(), survey.status(),
                survey.dueOn(), answer.officeKind(), answer.officeName(), answer.status(), answer.submittedAt(),
                answer.submittedBy(), answer.returnedReason(), answer.remindedAt(), editable, correctable, rows, corrections);
    }

    /** The answers the caller reaches: the division every office's of its city; an officer their own office's. */
    private Office office() {
        if (isDivision()) {
            return Office.everyOne();
        }
        if (context.isCallerInRole(Roles.BUREAU_OFFICER)) {
            return new Office(here(), user.bureau());
        }
        return new Office(here(), null);
    }

    private boolean isDivision() {
        return context.isCallerInRole(Roles.HQ_ANALYST) && !context.isCallerInRole(Roles.WARD_OFFICER)
                && !context.isCallerInRole(Roles.BUREAU_OFFICER);
    }

    private AnnualSurvey survey(UUID id) {
        return surveys.survey(city(), id).orElseThrow(() -> DomainException.notFound("照会", "Survey"));
    }

    /** An answer the caller reaches, of a survey of the caller's city. */
    private AnnualSurveyAnswer answer(UUID id) {
        AnnualSurveyAnswer answer = surveys.answer(office(), id)
                .orElseThrow(() -> DomainException.notFound("照会への回答", "Survey answer"));
        survey(answer.surveyId());
        return answer;
    }

    private AnnualSurveyRow row(UUID answerId, UUID rowId) {
        return surveys.row(answerId, rowId).orElseThrow(() -> DomainException.notFound("回答の事業", "Answered project"));
    }

    private static DomainException alreadyOpen(int year) {
        return DomainException.conflict(new Message(new FiscalYear(year).japaneseLabel() + "の照会はすでにあります",
                "The survey of fiscal year " + year + " already exists"));
    }

    private String city() {
        return tenants.cityOf(here());
    }

    private TenantId here() {
        return support.here();
    }
}
