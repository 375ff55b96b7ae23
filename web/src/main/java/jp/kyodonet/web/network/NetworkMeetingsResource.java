package jp.kyodonet.web.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jp.kyodonet.network.boundary.MeetingService;
import jp.kyodonet.network.boundary.NetworkForms;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.entity.AgendaKind;
import jp.kyodonet.network.entity.AttendeeRole;
import jp.kyodonet.network.entity.MeetingFormat;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** ネットワーク会議: the fiscal year's plan, agenda, attendance, action items and materials. */
@Path("network/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "network")
public class NetworkMeetingsResource {

    private static final Set<String> MEETING_FIELDS = Set.of("title", "date", "start", "format", "place", "theme",
            "repeatOf", "version");
    private static final Set<String> AGENDA_FIELDS = Set.of("kind", "title", "presenter");
    private static final Set<String> ATTENDANCE_FIELDS = Set.of("lines");
    private static final Set<String> LINE_FIELDS = Set.of("centre", "role", "attendees");
    private static final Set<String> ACTION_FIELDS = Set.of("assignee", "title", "dueOn");

    @Inject
    MeetingService meetings;

    @Inject
    Validation validation;

    @Inject
    BusinessClock clock;

    @GET
    @Operation(summary = "The meeting plan of a fiscal year (default: this one)")
    public List<NetworkViews.MeetingSummary> plan(@QueryParam("fiscalYear") String fiscalYear) {
        return meetings.plan(year(fiscalYear));
    }

    @GET
    @Path("figures")
    @Operation(summary = "A fiscal year's figures: meetings held, distinct and repeat sessions, 延べ attendees, wards represented, support requests")
    public NetworkViews.MeetingFigures figures(@QueryParam("fiscalYear") String fiscalYear) {
        return meetings.figures(year(fiscalYear));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Schedule a meeting (repeatOf: the meeting whose content it repeats)")
    public Response schedule(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        NetworkForms.MeetingForm form = validation.valid(fields, MEETING_FIELDS, form(fields));
        return Response.status(Response.Status.CREATED).entity(meetings.schedule(form)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting: agenda, attendance, action items, materials, the invited wards")
    public NetworkViews.MeetingView read(@PathParam("id") String id) {
        return meetings.read(meetingId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Change a meeting (If-Match or version)")
    public NetworkViews.MeetingView revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID meetingId = meetingId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        NetworkForms.MeetingForm form = validation.valid(fields, MEETING_FIELDS, form(fields));
        return meetings.revise(meetingId, Params.version(ifMatch, bodyVersion), form);
    }

    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Add an agenda item (報告 協議 研修 事例共有) with its presenting centre")
    public Response addAgendaItem(@PathParam("id") String id, JsonObject body) {
        UUID meetingId = meetingId(id);
        JsonFields fields = JsonFields.of(body);
        NetworkForms.AgendaForm form = validation.valid(fields, AGENDA_FIELDS, new NetworkForms.AgendaForm(
                fields.choice("kind", AgendaKind.class), fields.text("title"), fields.text("presenter")));
        return Response.status(Response.Status.CREATED).entity(meetings.addAgendaItem(meetingId, form)).build();
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Record the attendance grid: lines of {centre, role WARD_OFFICE|CENTRE_STAFF, attendees}")
    public NetworkViews.MeetingView attendance(@PathParam("id") String id, JsonObject body) {
        UUID meetingId = meetingId(id);
        JsonFields fields = JsonFields.of(body);
        List<NetworkForms.AttendanceLine> lines = null;
        JsonValue value = body.get("lines");
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            lines = new ArrayList<>();
            for (JsonValue item : value.asJsonArray()) {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw DomainException.invalidInput(List.of(new FieldError("lines", new Message(
                            "行はオブジェクトで指定してください", "each line must be an object"))));
                }
                JsonFields line = JsonFields.of(item.asJsonObject());
                Long attendees = line.whole("attendees");
                NetworkForms.AttendanceLine read = new NetworkForms.AttendanceLine(line.text("centre"),
                        line.choice("role", AttendeeRole.class), attendees == null ? null : (int) Math.max(-1, Math.min(attendees, 1000)));
                line.done(LINE_FIELDS);
                lines.add(read);
            }
        } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            throw DomainException.invalidInput(List.of(new FieldError("lines", new Message("配列で指定してください", "must be an array"))));
        }
        NetworkForms.AttendanceForm form = validation.valid(fields, ATTENDANCE_FIELDS, new NetworkForms.AttendanceForm(lines));
        return meetings.recordAttendance(meetingId, form);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "An action item decided at the meeting, for a centre, with a due date")
    public Response addAction(@PathParam("id") String id, JsonObject body) {
        UUID meetingId = meetingId(id);
        JsonFields fields = JsonFields.of(body);
        NetworkForms.ActionForm form = validation.valid(fields, ACTION_FIELDS, new NetworkForms.ActionForm(
                fields.text("assignee"), fields.text("title"), fields.date("dueOn")));
        return Response.status(Response.Status.CREATED).entity(meetings.addAction(meetingId, form)).build();
    }

    @POST
    @Path("{id}/materials")
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Generate the materials (資料) from the records of now")
    public Response generate(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(meetings.generate(meetingId(id))).build();
    }

    private static NetworkForms.MeetingForm form(JsonFields fields) {
        return new NetworkForms.MeetingForm(fields.text("title"), fields.date("date"), fields.time("start"),
                fields.choice("format", MeetingFormat.class), fields.text("place"), fields.text("theme"), fields.id("repeatOf"));
    }

    private int year(String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return year == null ? FiscalYear.of(clock.today()).startYear() : year;
    }

    private static UUID meetingId(String id) {
        return Params.id(id, "会議", "Meeting");
    }
}
