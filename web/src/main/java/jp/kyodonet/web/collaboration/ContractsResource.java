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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.collaboration.boundary.CatalogueService;
import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/** 協働契約: a project's contracts, their steps and amendments, and the evaluation sheet of a fiscal year. */
@Path("collaboration/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "collaboration")
public class ContractsResource {

    private static final Set<String> MOVE_FIELDS = Set.of("step", "on");
    private static final Set<String> AMENDMENT_FIELDS = Set.of("reason", "periodTo", "amount", "amendedOn");
    private static final Set<String> EVALUATION_FIELDS = Set.of("fiscalYear");

    @Inject
    CatalogueService catalogue;

    @Inject
    Validation validation;

    @GET
    @Path("{id}")
    @Operation(summary = "One contract with its amendments and evaluation sheets")
    public Views.ContractView read(@PathParam("id") String id) {
        return catalogue.contract(contractId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Change the terms of a draft contract (If-Match)")
    public Views.ContractView redraft(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID contractId = contractId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.ContractForm form = validation.valid(fields, CollaborationBodies.CONTRACT_FIELDS,
                CollaborationBodies.contract(fields));
        return catalogue.redraft(contractId, Params.version(ifMatch, null), form);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "SIGN (on a date), START, or END (on a date) the contract (If-Match)")
    public Views.ContractView step(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID contractId = contractId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.ContractMove move = validation.valid(fields, MOVE_FIELDS, new Forms.ContractMove(
                fields.choice("step", Forms.ContractStep.class), fields.date("on")));
        return catalogue.move(contractId, Params.version(ifMatch, null), move);
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "変更契約: a new end of the period and amount, with the reason (If-Match)")
    public Views.ContractView amend(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID contractId = contractId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.AmendmentForm form = validation.valid(fields, AMENDMENT_FIELDS, new Forms.AmendmentForm(
                fields.text("reason"), fields.date("periodTo"), fields.whole("amount"), fields.date("amendedOn")));
        return catalogue.amend(contractId, Params.version(ifMatch, null), form);
    }

    @POST
    @Path("{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Open the evaluation sheet of a fiscal year (once it is over or the contract has ended)")
    public Response startEvaluation(@PathParam("id") String id, JsonObject body) {
        UUID contractId = contractId(id);
        JsonFields fields = JsonFields.of(body);
        Long year = fields.whole("fiscalYear");
        Forms.EvaluationStart start = validation.valid(fields, EVALUATION_FIELDS, new Forms.EvaluationStart(
                year == null ? null : (int) Math.max(-1, Math.min(year, 100_000))));
        return Response.status(Response.Status.CREATED)
                .entity(catalogue.startEvaluation(contractId, start.fiscalYear())).build();
    }

    private static UUID contractId(String id) {
        return Params.id(id, "協働契約", "Collaboration contract");
    }

}
