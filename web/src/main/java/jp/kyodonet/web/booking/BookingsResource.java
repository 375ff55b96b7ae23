package jp.kyodonet.web.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.booking.boundary.BookingForm;
import jp.kyodonet.booking.boundary.BookingResult;
import jp.kyodonet.booking.boundary.BookingService;
import jp.kyodonet.booking.boundary.BookingView;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.Purpose;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 予約: bookings of the centre's rooms and equipment. */
@Path("bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "bookings", description = "予約 (bookings of the centre's spaces)")
public class BookingsResource {

    private static final Set<String> FIELDS = Set.of("spaceId", "bookerKind", "organisationId", "bookerName", "purpose",
            "date", "start", "end", "headcount", "note", "equipmentIds", "repeat", "occurrences");
    private static final Set<String> DECLINE_FIELDS = Set.of("reason", "version");

    @Inject
    BookingService bookings;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "The bookings of a day (date=YYYY-MM-DD), all spaces or one (spaceId)")
    public List<BookingView> day(@QueryParam("date") String date, @QueryParam("spaceId") String spaceId) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException bad) {
            throw DomainException.invalidInput(List.of(new FieldError("date", new Message(
                    "日付は YYYY-MM-DD 形式で指定してください", "date must be YYYY-MM-DD"))));
        }
        return bookings.day(day, spaceId == null || spaceId.isBlank() ? null : SpacesResource.spaceId(spaceId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a space (with equipment, or as a weekly/monthly series); 409 names the rule or the clash")
    public Response book(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Long headcount = fields.whole("headcount");
        Long occurrences = fields.whole("occurrences");
        BookingForm form = validation.valid(fields, FIELDS, new BookingForm(fields.id("spaceId"),
                fields.choice("bookerKind", BookerKind.class), fields.id("organisationId"), fields.text("bookerName"),
                fields.choice("purpose", Purpose.class), fields.date("date"), fields.time("start"), fields.time("end"),
                headcount == null ? null : (int) Math.min(headcount, 100_000),
                fields.text("note"), fields.ids("equipmentIds"), fields.choice("repeat", BookingForm.Repeat.class),
                occurrences == null ? null : (int) Math.min(occurrences, 1000)));
        BookingResult result = bookings.book(form);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One booking")
    public BookingView read(@PathParam("id") String id) {
        return bookings.booking(bookingId(id));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Staff confirm a request (If-Match)")
    public BookingView approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return bookings.approve(bookingId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff decline a request with a reason (If-Match); its time is freed")
    public BookingView decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID bookingId = bookingId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        String reason = fields.text("reason");
        fields.done(DECLINE_FIELDS);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw DomainException.invalidInput(List.of(new FieldError("reason", new Message(
                    "理由を1000文字以内で入力してください", "give a reason of at most 1000 characters"))));
        }
        return bookings.decline(bookingId, Params.version(ifMatch, bodyVersion), reason);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a booking (If-Match); its time is freed")
    public BookingView cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return bookings.cancel(bookingId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/check-in")
    @Operation(summary = "Hand over the usage slip (利用票) on the day (If-Match)")
    public BookingView checkIn(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return bookings.checkIn(bookingId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Record that the use ended (If-Match)")
    public BookingView complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return bookings.complete(bookingId(id), Params.version(ifMatch, null));
    }

    private static UUID bookingId(String id) {
        return Params.id(id, "予約", "Booking");
    }
}
