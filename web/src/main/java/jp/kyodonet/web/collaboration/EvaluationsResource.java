package jp.kyodonet.web.collaboration;

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
import jp.kyodonet.collaboration.boundary.CatalogueService;
import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** 相互評価シート: the city's column (行政) of a contract's sheet, submission and publication. */
@Path("collaboration/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "collaboration")
public class EvaluationsResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "Evaluation sheets (fiscalYear, status optional)")
    public List<Views.EvaluationSummary> list(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("status") String status) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        EvaluationStatus chosen = params.choice("status", status, EvaluationStatus.class);
        params.done();
        return catalogue.evaluations(year, chosen);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sheet: the city's column, the partner's once submitted, divergence marks, the partner's link")
    public Views.EvaluationView read(@PathParam("id") String id) {
        return catalogue.evaluation(sheetId(id));
    }

    @PUT
    @Path("{id}/city")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Fill the 行政 column (the owning ward office or bureau, or the division): 17 grades (A-D or "
            + "null), a text and the roles per business area, 記入者: organisation, rater, contact (If-Match)")
    public Views.EvaluationView fillCity(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID sheetId = sheetId(id);
        Forms.EvaluationFill fill = CollaborationBodies.fill(validation, body);
        return catalogue.fillCityColumn(sheetId, Params.version(ifMatch, null), fill);
    }

    @POST
    @Path("{id}/city/submit")
    @RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Submit the 行政 column (every question graded; locks it) (If-Match)")
    public Views.EvaluationView submitCity(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return catalogue.submitCityColumn(sheetId(id), Params.version(ifMatch, null));
    }

    @PUT
    @Path("{id}/partner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Fill the 団体等 column where the centre is itself the partner (the city centre's own operation"
            + " contract): grades, texts and roles per business area, 記入者 (If-Match)")
    public Views.EvaluationView fillPartner(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                            JsonObject body) {
        UUID sheetId = sheetId(id);
        Forms.EvaluationFill fill = CollaborationBodies.fill(validation, body);
        return catalogue.fillPartnerColumn(sheetId, Params.version(ifMatch, null), fill);
    }

    @POST
    @Path("{id}/partner/submit")
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Submit the 団体等 column where the centre is the partner (If-Match)")
    public Views.EvaluationView submitPartner(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return catalogue.submitPartnerColumn(sheetId(id), Params.version(ifMatch, null));
    }

    @PUT
    @Path("{id}/joint")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
            Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Write part 3 (事業評価相互検証シート) together once both sides submitted: one text per business"
            + " area (the 行政 side, or the centre where it is the partner) (If-Match)")
    public Views.EvaluationView writeJoint(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                           JsonObject body) {
        UUID sheetId = sheetId(id);
        Forms.JointVerification joint = CollaborationBodies.joint(validation, body);
        return catalogue.writeJoint(sheetId, Params.version(ifMatch, null), joint);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Publish a sheet both sides completed (条例第15条第2項) (If-Match)")
    public Views.EvaluationView publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return catalogue.publish(sheetId(id), Params.version(ifMatch, null));
    }

    private static UUID sheetId(String id) {
        return Params.id(id, "評価シート", "Evaluation sheet");
    }
}
