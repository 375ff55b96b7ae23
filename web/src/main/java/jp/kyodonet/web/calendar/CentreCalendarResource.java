package jp.kyodonet.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.calendar.boundary.CentreCalendar;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** カレンダー: the centre's sessions, meetings, bookings and deadlines between two days (at most 62). */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Tag(name = "calendar", description = "カレンダー (the centre's month and week)")
public class CentreCalendarResource {

    @Inject
    CentreCalendar calendar;

    @GET
    @Operation(summary = "The centre's sessions, network meetings, bookings and deadlines from `from` to `to` (YYYY-MM-DD,"
            + " at most 62 days), each with the record it opens")
    public List<CentreCalendar.Entry> range(@QueryParam("from") String from, @QueryParam("to") String to) {
        Params params = new Params();
        var start = params.date("from", from);
        var end = params.date("to", to);
        params.required("from", start);
        params.required("to", end);
        params.done();
        return calendar.range(start, end);
    }
}
