package jp.kyodonet.web.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.programme.boundary.PublicProgrammes;
import jp.kyodonet.programme.boundary.SurveyForm;
import jp.kyodonet.programme.boundary.Views;
import jp.kyodonet.programme.control.ProgrammeCatalog;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

/** PUBLIC: a programme's page and registration, and the survey behind a registration's link. No login. */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class PublicProgrammesResource {

    private static final Set<String> SURVEY_FIELDS = Set.of("satisfaction", "understandingImproved", "motivationImproved",
            "comment");

    @Inject
    PublicProgrammes programmes;

    @Inject
    Validation validation;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @GET
    @Path("programmes/{centre}/{id}")
    @Operation(summary = "A programme's public page: sessions and places left (no participants)")
    public ProgrammeCatalog.PublicProgramme programme(@PathParam("centre") String centre, @PathParam("id") String id) {
        return programmes.programme(centre, Params.id(id, "事業", "Programme"));
    }

    @POST
    @Path("programmes/{centre}/{id}/sessions/{sessionId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register for a session without an account: a place, or the waiting list; returns the survey link token")
    public Response register(@PathParam("centre") String centre, @PathParam("id") String id,
                             @PathParam("sessionId") String sessionId, JsonObject body) {
        var programmeId = Params.id(id, "事業", "Programme");
        var session = Params.id(sessionId, "回", "Session");
        var form = ProgrammesResource.registrationForm(validation, JsonFields.of(body));
        Views.Receipt receipt = programmes.register(centre, programmeId, session, form);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("registrations/{token}")
    @Operation(summary = "A registration by the person's own link: session, receipt number, status, whether it can"
            + " still be cancelled and whether the survey is open (no name)")
    public PublicProgrammes.OwnRegistration registration(@PathParam("token") String token) {
        return programmes.registration(token);
    }

    @POST
    @Path("registrations/{token}/cancel")
    @Operation(summary = "The person cancels their registration before the session begins; the first person waiting"
            + " moves up and is told by mail")
    public PublicProgrammes.OwnRegistration cancel(@PathParam("token") String token) {
        return programmes.cancelRegistration(token);
    }

    @GET
    @Path("surveys/{token}")
    @Operation(summary = "The survey behind a registration's link (404 for an unknown link)")
    public PublicProgrammes.SurveyPage survey(@PathParam("token") String token) {
        return programmes.survey(token);
    }

    @GET
    @Path("surveys/{token}/qr")
    @Produces("image/png")
    @Operation(summary = "A QR code (PNG) of the survey page behind a registration's link, to print or show")
    public Response qr(@PathParam("token") String token) {
        programmes.survey(token);
        String page = uri.getBaseUri().resolve("../../survey.html?token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)).toString();
        return Response.ok(QrCodes.png(page, 240), "image/png").header("Cache-Control", "private, max-age=3600").build();
    }

    @POST
    @Path("surveys/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the survey once (a second answer is 409)")
    public Response answer(@PathParam("token") String token, JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Long satisfaction = fields.whole("satisfaction");
        SurveyForm form = validation.valid(fields, SURVEY_FIELDS, new SurveyForm(
                satisfaction == null ? null : (int) Math.max(-1, Math.min(satisfaction, 100)),
                fields.truth("understandingImproved"), fields.truth("motivationImproved"), fields.text("comment")));
        programmes.answer(token, form);
        return Response.noContent().build();
    }
}
