package jp.kyodonet.web.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.booking.boundary.PublicAvailability;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** PUBLIC: space availability without login (no bookers), and "what is free" across all centres. */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "空き状況 (availability, no login)")
public class PublicAvailabilityResource {

    @Inject
    PublicAvailability availability;

    @GET
    @Path("availability")
    @Operation(summary = "A centre's rooms and equipment on a day with the units taken (no bookers)")
    public PublicAvailability.CentreDay day(@QueryParam("centre") String centre, @QueryParam("date") String date) {
        List<FieldError> errors = new ArrayList<>();
        if (centre == null || centre.isBlank()) {
            errors.add(new FieldError("centre", new Message("センターを指定してください", "is required")));
        }
        LocalDate day = date(date, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        return availability.day(centre, day);
    }

    @GET
    @Path("free-spaces")
    @Operation(summary = "Rooms free at every centre for a whole time range (date, from, to, headcount)")
    public List<PublicAvailability.FreeSpace> free(@QueryParam("date") String date, @QueryParam("from") String from,
                                                   @QueryParam("to") String to, @QueryParam("headcount") String headcount) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date(date, errors);
        LocalTime start = time("from", from, errors);
        LocalTime end = time("to", to, errors);
        Params params = new Params();
        Integer people = params.integer("headcount", headcount, 1, 1000);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", new Message("終了は開始より後にしてください", "must be after from")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        params.done();
        return availability.free(day, start, end, people == null ? 1 : people);
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException bad) {
            errors.add(new FieldError("date", new Message("日付は YYYY-MM-DD 形式で指定してください", "must be YYYY-MM-DD")));
            return null;
        }
    }

    private static LocalTime time(String name, String text, List<FieldError> errors) {
        try {
            return LocalTime.parse(text == null ? "" : text);
        } catch (DateTimeParseException bad) {
            errors.add(new FieldError(name, new Message("時刻は HH:mm 形式で指定してください", "must be HH:mm")));
            return null;
        }
    }
}
