package jp.kyodonet.web.booking;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodonet.booking.boundary.BookingService;
import jp.kyodonet.booking.boundary.SpaceForm;
import jp.kyodonet.booking.boundary.SpaceView;
import jp.kyodonet.booking.boundary.UsageReport;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.SpaceKind;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 貸館: the centre's rooms and equipment, their rules, and their monthly use. */
@Path("spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "spaces", description = "部屋・機材 (the centre's rooms and equipment)")
public class SpacesResource {

    private static final Set<String> FIELDS = Set.of("name", "kind", "capacity", "openingHours", "slotMinutes",
            "eligible", "maxHoursPerDay", "maxDaysAhead", "approvalRequired", "note", "active", "version");

    @Inject
    BookingService bookings;

    @Inject
    Validation validation;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The centre's rooms and equipment with their rules")
    public List<SpaceView> list() {
        return bookings.spaces();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Set up a room or an equipment item (manager)")
    public Response create(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        SpaceForm form = validation.valid(fields, FIELDS, form(fields));
        SpaceView view = bookings.createSpace(form);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(new EntityTag(Long.toString(view.version()))).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One room or equipment item")
    public Response read(@PathParam("id") String id) {
        SpaceView view = bookings.space(spaceId(id));
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Change a space's details and rules, or take it out of use (manager; If-Match)")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID spaceId = spaceId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        Boolean active = fields.truth("active");
        SpaceForm form = validation.valid(fields, FIELDS, form(fields));
        SpaceView view = bookings.reviseSpace(spaceId, Params.version(ifMatch, bodyVersion), form,
                active == null || active);
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    @GET
    @Path("{id}/usage")
    @Operation(summary = "Use of a space in a month (month=YYYY-MM): booked hours, utilisation, headcount, declined")
    public UsageReport usage(@PathParam("id") String id, @QueryParam("month") String month) {
        UUID spaceId = spaceId(id);
        try {
            return bookings.usage(spaceId, YearMonth.parse(month == null ? "" : month));
        } catch (DateTimeParseException bad) {
            throw DomainException.invalidInput(List.of(new FieldError("month", new Message(
                    "月は YYYY-MM 形式で指定してください", "month must be YYYY-MM"))));
        }
    }

    private static SpaceForm form(JsonFields fields) {
        Long capacity = fields.whole("capacity");
        Long slot = fields.whole("slotMinutes");
        Long maxHours = fields.whole("maxHoursPerDay");
        Long ahead = fields.whole("maxDaysAhead");
        return new SpaceForm(fields.text("name"), fields.choice("kind", SpaceKind.class), toInt(capacity),
                fields.text("openingHours"), toInt(slot), fields.choices("eligible", BookerKind.class), toInt(maxHours),
                toInt(ahead), fields.truth("approvalRequired"), fields.text("note"));
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static UUID spaceId(String id) {
        return Params.id(id, "部屋・機材", "Space");
    }
}
