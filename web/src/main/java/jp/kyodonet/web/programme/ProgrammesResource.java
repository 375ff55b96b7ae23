package jp.kyodonet.web.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.programme.boundary.ProgrammeForm;
import jp.kyodonet.programme.boundary.ProgrammeService;
import jp.kyodonet.programme.boundary.RegistrationForm;
import jp.kyodonet.programme.boundary.SessionForm;
import jp.kyodonet.programme.boundary.Views;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 事業: the centre's courses, seminars and events, their sessions, registrations, attendance and surveys. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "programmes", description = "講座・イベント (programmes of the caller's centre)")
public class ProgrammesResource {

    private static final Set<String> PROGRAMME_FIELDS = Set.of("name", "kind", "planItem", "audience", "coOrganisers", "description",
            "plannedSessions", "fiscalYear", "version");
    private static final Set<String> SESSION_FIELDS = Set.of("title", "date", "start", "end", "placeKind", "spaceId",
            "placeNote", "lecturer", "capacity");
    private static final Set<String> REGISTRATION_FIELDS = Set.of("name", "contact", "organisation",
            "participantBaseConsent");
    private static final Set<String> ATTENDANCE_FIELDS = Set.of("present");

    @Inject
    ProgrammeService programmes;

    @Inject
    Validation validation;

    @Inject
    BusinessClock clock;

    @GET
    @Operation(summary = "The centre's programmes (fiscalYear optional) with their sessions and counts")
    public List<Views.ProgrammeView> list(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return programmes.list(year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a programme")
    public Response plan(JsonObject body) {
        Views.ProgrammeView view = programmes.plan(programmeForm(JsonFields.of(body)));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("figures")
    @Operation(summary = "The centre's figures for a fiscal year: programmes, sessions, 延べ and distinct participants, survey")
    public Views.Figures figures(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return programmes.figures(year == null ? FiscalYear.of(clock.today()).startYear() : year);
    }

    @GET
    @Path("participants")
    @Operation(summary = "The participant base (協働関心層): people who attended and agreed to be kept in touch")
    public List<Views.Participant> participants() {
        return programmes.participantBase();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme with its sessions")
    public Views.ProgrammeView read(@PathParam("id") String id) {
        return programmes.read(programmeId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a programme (If-Match or version)")
    public Views.ProgrammeView revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID programmeId = programmeId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        ProgrammeForm form = programmeForm(fields);
        return programmes.revise(programmeId, Params.version(ifMatch, bodyVersion), form);
    }

    @POST
    @Path("{id}/advance")
    @Operation(summary = "Move to the next state: planned → recruiting → running → completed → evaluated (If-Match)")
    public Views.ProgrammeView advance(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return programmes.advance(programmeId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session (an on-site session in a space of the centre books it)")
    public Response addSession(@PathParam("id") String id, JsonObject body) {
        UUID programmeId = programmeId(id);
        JsonFields fields = JsonFields.of(body);
        Long capacity = fields.whole("capacity");
        SessionForm form = validation.valid(fields, SESSION_FIELDS, new SessionForm(fields.text("title"),
                fields.date("date"), fields.time("start"), fields.time("end"), fields.choice("placeKind", PlaceKind.class),
                fields.id("spaceId"), fields.text("placeNote"), fields.text("lecturer"),
                capacity == null ? null : (int) Math.min(capacity, 100_000)));
        return Response.status(Response.Status.CREATED).entity(programmes.addSession(programmeId, form)).build();
    }

    @GET
    @Path("sessions/{sessionId}/registrations")
    @Operation(summary = "A session's registrations in order with waiting positions (personal data, audit-logged)")
    public List<Views.RegistrationView> registrations(@PathParam("sessionId") String sessionId) {
        return programmes.registrations(sessionId(sessionId));
    }

    @POST
    @Path("sessions/{sessionId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register someone for a session (a place, or the waiting list when full)")
    public Response register(@PathParam("sessionId") String sessionId, JsonObject body) {
        UUID session = sessionId(sessionId);
        RegistrationForm form = registrationForm(validation, JsonFields.of(body));
        return Response.status(Response.Status.CREATED).entity(programmes.register(session, form)).build();
    }

    @POST
    @Path("registrations/{registrationId}/cancel")
    @Operation(summary = "Cancel a registration; a freed place goes to the first person waiting")
    public Response cancel(@PathParam("registrationId") String registrationId) {
        programmes.cancel(Params.id(registrationId, "申込", "Registration"));
        return Response.noContent().build();
    }

    @PUT
    @Path("sessions/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The attendance grid of a session: the registrations present (all others absent)")
    public List<Views.RegistrationView> attendance(@PathParam("sessionId") String sessionId, JsonObject body) {
        UUID session = sessionId(sessionId);
        JsonFields fields = JsonFields.of(body);
        List<UUID> present = fields.ids("present");
        fields.done(ATTENDANCE_FIELDS);
        return programmes.recordAttendance(session, present == null ? Set.of() : new HashSet<>(present));
    }

    @GET
    @Path("sessions/{sessionId}/survey-results")
    @Operation(summary = "Survey results of a session (no names)")
    public Views.SurveyResults sessionResults(@PathParam("sessionId") String sessionId) {
        return programmes.results(sessionId(sessionId), null);
    }

    @GET
    @Path("{id}/survey-results")
    @Operation(summary = "Survey results of every session of a programme (no names)")
    public Views.SurveyResults programmeResults(@PathParam("id") String id) {
        return programmes.results(null, programmeId(id));
    }

    /** Shared with the public registration endpoint. */
    static RegistrationForm registrationForm(Validation validation, JsonFields fields) {
        return validation.valid(fields, REGISTRATION_FIELDS, new RegistrationForm(fields.text("name"),
                fields.text("contact"), fields.text("organisation"), fields.truth("participantBaseConsent")));
    }

    private ProgrammeForm programmeForm(JsonFields fields) {
        Long planned = fields.whole("plannedSessions");
        Long year = fields.whole("fiscalYear");
        return validation.valid(fields, PROGRAMME_FIELDS, new ProgrammeForm(fields.text("name"),
                fields.choice("kind", ProgrammeKind.class), fields.choice("planItem", PlanItem.class), fields.text("audience"), fields.text("coOrganisers"),
                fields.text("description"), planned == null ? null : (int) Math.min(planned, 100_000),
                year == null ? null : (int) Math.min(year, 100_000)));
    }

    private static UUID programmeId(String id) {
        return Params.id(id, "事業", "Programme");
    }

    private static UUID sessionId(String id) {
        return Params.id(id, "回", "Session");
    }
}
