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
import jakarta.ws.rs.core.Response;
import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.boundary.ProposalService;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.entity.ProposalKind;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportActivity;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 協働提案: the centre's collaboration proposals, their decisions, support log and contract. */
@Path("collaboration/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "collaboration", description = "協働提案・協働事業・協働契約・相互評価")
public class ProposalsResource {

    private static final Set<String> PROPOSAL_FIELDS = Set.of("kind", "title", "summary", "field", "proposerName",
            "contactPerson", "contact", "responsibleDivision", "receivedOn", "submitted", "version");
    private static final Set<String> MOVE_FIELDS = Set.of("to", "reason", "amount");
    private static final Set<String> SUPPORT_FIELDS = Set.of("date", "supporter", "activity", "notes");
    private static final Set<String> FROM_PROPOSAL_FIELDS;

    static {
        Set<String> fields = new HashSet<>(CollaborationBodies.CONTRACT_FIELDS);
        fields.addAll(Set.of("division", "ownerName"));
        fields.remove("centreIsPartner"); // the proposer is the partner of a contract drawn up from a proposal
        FROM_PROPOSAL_FIELDS = Set.copyOf(fields);
    }

    @Inject
    ProposalService proposals;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "The centre's proposals, newest first (fiscalYear, status optional); no contact details")
    public List<Views.ProposalSummary> list(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("status") String status) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        ProposalStatus chosen = params.choice("status", status, ProposalStatus.class);
        params.done();
        return proposals.list(year, chosen);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a proposal (an inquiry, or submitted with submitted=true)")
    public Response receive(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Forms.ProposalForm form = validation.valid(fields, PROPOSAL_FIELDS, form(fields));
        return Response.status(Response.Status.CREATED).entity(proposals.receive(form)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal with the proposer's contact (audit-logged), support log and next moves")
    public Views.ProposalView read(@PathParam("id") String id) {
        return proposals.read(proposalId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a proposal (If-Match or version)")
    public Views.ProposalView revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID proposalId = proposalId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        Forms.ProposalForm form = validation.valid(fields, PROPOSAL_FIELDS, form(fields));
        return proposals.revise(proposalId, Params.version(ifMatch, bodyVersion), form);
    }

    @POST
    @Path("{id}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move on: SUBMITTED, ADJUSTING, UNDER_REVIEW or CONTRACT_NEGOTIATION (If-Match)")
    public Views.ProposalView advance(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID proposalId = proposalId(id);
        return proposals.advance(proposalId, Params.version(ifMatch, null), move(body));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Decide: ADOPTED, REJECTED (reason required) or GRANTED (amount up to the limit) (If-Match)")
    public Views.ProposalView decide(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID proposalId = proposalId(id);
        return proposals.decide(proposalId, Params.version(ifMatch, null), move(body));
    }

    @POST
    @Path("{id}/support-log")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a companion-support (伴走支援) entry")
    public Response support(@PathParam("id") String id, JsonObject body) {
        UUID proposalId = proposalId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.SupportForm form = validation.valid(fields, SUPPORT_FIELDS, new Forms.SupportForm(fields.date("date"),
                fields.text("supporter"), fields.choice("activity", SupportActivity.class), fields.text("notes")));
        return Response.status(Response.Status.CREATED).entity(proposals.addSupport(proposalId, form)).build();
    }

    @POST
    @Path("{id}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draw up the contract of a proposal in negotiation: creates the project and the draft contract (If-Match)")
    public Response contract(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID proposalId = proposalId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.ContractFromProposal form = validation.valid(fields, FROM_PROPOSAL_FIELDS, new Forms.ContractFromProposal(
                fields.text("division"), fields.text("ownerName"), CollaborationBodies.contract(fields)));
        Views.ContractView contract = proposals.drawUpContract(proposalId, Params.version(ifMatch, null), form);
        return Response.status(Response.Status.CREATED).entity(contract).build();
    }

    private Forms.ProposalMove move(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        return validation.valid(fields, MOVE_FIELDS, new Forms.ProposalMove(fields.choice("to", ProposalStatus.class),
                fields.text("reason"), fields.whole("amount")));
    }

    private static Forms.ProposalForm form(JsonFields fields) {
        return new Forms.ProposalForm(fields.choice("kind", ProposalKind.class), fields.text("title"),
                fields.text("summary"), fields.choice("field", ActivityField.class), fields.text("proposerName"),
                fields.text("contactPerson"), fields.text("contact"), fields.text("responsibleDivision"),
                fields.date("receivedOn"), fields.truth("submitted"));
    }

    private static UUID proposalId(String id) {
        return Params.id(id, "協働提案", "Proposal");
    }

}
