package jp.kyodonet.web.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodonet.consultation.boundary.AssignmentForm;
import jp.kyodonet.consultation.boundary.CaseCardForm;
import jp.kyodonet.consultation.boundary.ClosingForm;
import jp.kyodonet.consultation.boundary.FollowUpForm;
import jp.kyodonet.consultation.boundary.TimelineEntry;
import jp.kyodonet.consultation.boundary.WorkForm;
import jp.kyodonet.consultation.boundary.ConsultationFiles;
import jp.kyodonet.consultation.boundary.ConsultationQuery;
import jp.kyodonet.consultation.boundary.ConsultationService;
import jp.kyodonet.consultation.boundary.ConsultationSummary;
import jp.kyodonet.consultation.boundary.ConsultationView;
import jp.kyodonet.consultation.boundary.IntakeForm;
import jp.kyodonet.consultation.boundary.ReferralForm;
import jp.kyodonet.consultation.boundary.ReferralService;
import jp.kyodonet.consultation.boundary.ReferralView;
import jp.kyodonet.consultation.boundary.Submission;
import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.audit.AuditLine;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Uploads;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 総合相談: the consultations of the caller's centre. */
@Path("consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "consultations", description = "総合相談 (consultations of the caller's centre)")
public class ConsultationsResource {

    private static final Set<String> NEW_INTAKE_FIELDS = Set.of("receivedOn", "channel", "requesterKind",
            "requesterName", "requesterContact", "track", "stage", "topics", "summary");
    private static final Set<String> INTAKE_FIELDS = Set.of("receivedOn", "channel", "requesterKind", "requesterName",
            "requesterContact", "track", "stage", "topics", "summary", "version");
    private static final Set<String> CLOSING_FIELDS = Set.of("outcome", "closedOn", "note", "version");
    private static final Set<String> HEARING_FIELDS = Set.of("note", "version");
    private static final Set<String> ASSIGNMENT_FIELDS = Set.of("assigneeSubject", "assigneeName", "version");
    private static final Set<String> WORK_FIELDS = Set.of("experts", "cityDivisions", "version");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("nextActionOn", "note", "version");
    private static final Set<String> CASE_CARD_FIELDS = Set.of("writtenOn", "note", "nextAction", "nextActionOn");
    private static final Set<String> REFERRAL_FIELDS = Set.of("toCentre", "summary", "contactConsent");
    private static final java.util.regex.Pattern SUBMISSION_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Inject
    ConsultationService consultations;

    @Inject
    ReferralService referrals;

    @Inject
    ConsultationFiles files;

    @Inject
    Validation validation;

    @Inject
    jp.kyodonet.platform.security.CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the centre's consultations (no personal data), newest first, with filters"
            + " (assignee: a staff member's subject, or me: those assigned to the caller)")
    public Page<ConsultationSummary> list(@QueryParam("status") String status,
                                          @QueryParam("track") String track,
                                          @QueryParam("assignee") String assignee,
                                          @QueryParam("topic") String topic,
                                          @QueryParam("overdue") String overdue,
                                          @QueryParam("fiscalYear") String fiscalYear,
                                          @QueryParam("q") String text,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        Params params = new Params();
        ConsultationStatus wantedStatus = params.choice("status", status, ConsultationStatus.class);
        Track wantedTrack = params.choice("track", track, Track.class);
        Topic wantedTopic = params.choice("topic", topic, Topic.class);
        boolean onlyOverdue = params.flag("overdue", overdue);
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        String words = params.text("q", text, 100);
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        jp.kyodonet.consultation.boundary.ConsultationSort order = sort == null || sort.isBlank()
                ? jp.kyodonet.consultation.boundary.ConsultationSort.NEWEST
                : jp.kyodonet.consultation.boundary.ConsultationSort.ofApiName(sort.strip()).orElse(null);
        if (order == null) {
            params.invalid("sort", new jp.kyodonet.platform.error.Message(
                    "並べ替えは receivedOn、assignee、nextActionOn（降順は前に -）のどれかです",
                    "sort is receivedOn, assignee or nextActionOn (a leading - for descending)"));
        }
        params.done();
        return consultations.list(new ConsultationQuery(wantedStatus, wantedTrack,
                assignee == null || assignee.isBlank() ? null : "me".equals(assignee) ? user.subject() : assignee,
                wantedTopic, onlyOverdue,
                year == null ? null : new FiscalYear(year), words, order,
                new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 20 : pageSize)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a received consultation; a repeated Idempotency-Key returns the first one")
    public Response receive(JsonObject body, @HeaderParam("Idempotency-Key") String submissionKey) {
        if (submissionKey != null && !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw DomainException.invalidInput(List.of(new FieldError("Idempotency-Key", new Message(
                    "Idempotency-Key は英数字 8〜64 文字で指定してください", "Idempotency-Key must be 8-64 letters or digits"))));
        }
        JsonFields fields = JsonFields.of(body);
        IntakeForm form = validation.valid(fields, NEW_INTAKE_FIELDS, intake(fields));
        Submission submission = consultations.receive(form, submissionKey);
        ConsultationView view = submission.consultation();
        if (!submission.created()) {
            return withTag(Response.ok(view), view).build();
        }
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()), view)
                .entity(view).build();
    }

    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The centre's consultations of a fiscal year as CSV (UTF-8 with BOM, for Excel), without personal data")
    public Response export(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.required("fiscalYear", year);
        params.done();
        String csv = files.export(new FiscalYear(year));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consultations-FY" + year + ".csv\"")
                .build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Import a kintone-style CSV export (UTF-8 or Shift_JIS): all rows or none; rows imported before are skipped")
    public ConsultationFiles.ImportReport importFile(byte[] body, @HeaderParam("Content-Type") String contentType) {
        return files.importKintone(Uploads.text(body, contentType));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one consultation with its requester (the read is audit-logged)")
    public Response read(@PathParam("id") String id) {
        ConsultationView view = consultations.read(consultationId(id));
        return withTag(Response.ok(view), view).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the intake of an open consultation (If-Match or version required)")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        IntakeForm form = validation.valid(fields, INTAKE_FIELDS, intake(fields));
        ConsultationView view = consultations.revise(consultationId, Params.version(ifMatch, bodyVersion), form);
        return withTag(Response.ok(view), view).build();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an open consultation with its outcome (If-Match or version required)")
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        ClosingForm form = validation.valid(fields, CLOSING_FIELDS, new ClosingForm(fields.choice("outcome", Outcome.class),
                fields.date("closedOn"), fields.text("note")));
        ConsultationView view = consultations.close(consultationId, Params.version(ifMatch, bodyVersion), form);
        return withTag(Response.ok(view), view).build();
    }

    @POST
    @Path("{id}/hearing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the initial hearing (初期ヒアリング) of a received consultation")
    public Response recordHearing(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        String note = fields.text("note");
        fields.done(HEARING_FIELDS);
        return tagged(consultations.recordHearing(consultationId, Params.version(ifMatch, bodyVersion), note));
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Assign (or reassign) the responsible staff member (manager, chief coordinator)")
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        AssignmentForm form = validation.valid(fields, ASSIGNMENT_FIELDS,
                new AssignmentForm(fields.text("assigneeSubject"), fields.text("assigneeName")));
        return tagged(consultations.assign(consultationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start (or resume) work, with the experts and city divisions brought in")
    public Response startWork(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        WorkForm form = validation.valid(fields, WORK_FIELDS,
                new WorkForm(fields.text("experts"), fields.text("cityDivisions")));
        return tagged(consultations.startWork(consultationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Continue as follow-up (継続フォロー) with the next-action date")
    public Response scheduleFollowUp(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                     JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        FollowUpForm form = validation.valid(fields, FOLLOW_UP_FIELDS,
                new FollowUpForm(fields.date("nextActionOn"), fields.text("note")));
        return tagged(consultations.scheduleFollowUp(consultationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/case-cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a case card (関わりカード) on an open consultation")
    public Response addCaseCard(@PathParam("id") String id, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        CaseCardForm form = validation.valid(fields, CASE_CARD_FIELDS, new CaseCardForm(fields.date("writtenOn"),
                fields.text("note"), fields.text("nextAction"), fields.date("nextActionOn")));
        TimelineEntry card = consultations.addCaseCard(consultationId, form);
        return Response.status(Response.Status.CREATED).entity(card).build();
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The consultation's moves and case cards, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") String id) {
        return consultations.timeline(consultationId(id));
    }

    @POST
    @Path("{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer the consultation to another centre (the requester's contact only with consent)")
    public Response refer(@PathParam("id") String id, JsonObject body) {
        UUID consultationId = consultationId(id);
        JsonFields fields = JsonFields.of(body);
        ReferralForm form = validation.valid(fields, REFERRAL_FIELDS, new ReferralForm(fields.text("toCentre"),
                fields.text("summary"), fields.truth("contactConsent")));
        ReferralView referral = referrals.send(consultationId, form);
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(referral.id().toString()).build())
                .entity(referral).build();
    }

    @GET
    @Path("{id}/referrals")
    @Operation(summary = "The referrals the centre sent about this consultation, with their status")
    public List<ReferralView> referralsOf(@PathParam("id") String id) {
        return referrals.sentAbout(consultationId(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CENTRE_MANAGER)
    @Operation(summary = "Remove a consultation entered by mistake (manager; If-Match required)")
    public Response remove(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        UUID consultationId = consultationId(id);
        consultations.remove(consultationId, Params.version(ifMatch, null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/audit-trail")
    @RolesAllowed(Roles.CENTRE_MANAGER)
    @Operation(summary = "Who read or changed this consultation (manager)")
    public List<AuditLine> auditTrail(@PathParam("id") String id) {
        return consultations.auditTrail(consultationId(id));
    }

    private static IntakeForm intake(JsonFields fields) {
        return new IntakeForm(fields.date("receivedOn"), fields.choice("channel", Channel.class),
                fields.choice("requesterKind", RequesterKind.class), fields.text("requesterName"),
                fields.text("requesterContact"), fields.choice("track", Track.class),
                fields.choice("stage", OrganisationStage.class), fields.choices("topics", Topic.class),
                fields.text("summary"));
    }

    private static UUID consultationId(String id) {
        return Params.id(id, "相談", "Consultation");
    }

    private static Response tagged(ConsultationView view) {
        return withTag(Response.ok(view), view).build();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder builder, ConsultationView view) {
        return builder.tag(new EntityTag(Long.toString(view.version())));
    }

}
