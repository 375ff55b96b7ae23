package jp.kyodonet.web.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.calendar.boundary.CalendarFeeds;
import jp.kyodonet.calendar.boundary.PublicEvents;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PUBLIC: every centre's upcoming events on one list, a centre's events and a person's own as iCalendar feeds. */
@Path("public")
@RequestScoped
@PermitAll
@Tag(name = "public")
public class PublicEventsResource {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    PublicEvents events;

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upcoming public sessions of every centre (filters: centre, city, from, to, kind, place=online|onsite)")
    public PublicEvents.Listing list(@QueryParam("centre") String centre, @QueryParam("city") String city,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("kind") String kind, @QueryParam("place") String place) {
        Params params = new Params();
        var start = params.date("from", from);
        var end = params.date("to", to);
        ProgrammeKind programmeKind = params.choice("kind", kind, ProgrammeKind.class);
        String centreId = params.text("centre", centre, 32);
        String cityName = params.text("city", city, 40);
        String placeKind = params.text("place", place, 10);
        params.done();
        return events.list(centreId, cityName, start, end, programmeKind, placeKind);
    }

    @GET
    @Path("centres/{centre}/events.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A centre's public sessions as an iCalendar feed (RFC 5545), a month back to a year ahead")
    public Response centreFeed(@PathParam("centre") String centre) {
        return Response.ok(feeds.centreFeed(centre), CALENDAR).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("calendar-feeds/{token}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A person's own calendar (their centre's sessions, network meetings, their follow-ups) by the"
            + " secret address they made; 404 once renewed or ended")
    public Response personalFeed(@PathParam("token") String token) {
        return Response.ok(feeds.personalFeed(token), CALENDAR).header("Cache-Control", "private, no-store").build();
    }
}
