package jp.kyodonet.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.calendar.boundary.CalendarFeeds;
import jp.kyodonet.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My calendar feed's secret address: whether there is one, make a new one (the old one ends), end it. */
@Path("me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Tag(name = "staff", description = "職員名簿 (the centre's staff directory)")
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @jakarta.inject.Inject
    jp.kyodonet.web.tenancy.SignedIn signedIn;

    @GET
    @Operation(summary = "Whether I have a calendar feed (its address is shown only when made)")
    public CalendarFeeds.Feed read() {
        signedIn.record();
        return feeds.feed();
    }

    @POST
    @Operation(summary = "Make my calendar feed's address; a previous address answers 404 from now on")
    public CalendarFeeds.Feed renew() {
        signedIn.record();
        return feeds.renew();
    }

    @DELETE
    @Operation(summary = "End my calendar feed")
    public CalendarFeeds.Feed end() {
        signedIn.record();
        return feeds.end();
    }
}
