package jp.kyodonet.web.network;

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
import jp.kyodonet.network.boundary.CaseLibrary;
import jp.kyodonet.network.boundary.NetworkForms;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 事例共有: the network's case library (drafts stay in their centre; published cases reach all 19). */
@Path("network/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "network", description = "事例共有・ネットワーク会議・支援依頼")
public class NetworkCasesResource {

    private static final Set<String> COMMENT_FIELDS = Set.of("body", "triedToo");
    private static final Set<String> PUBLISH_FIELDS = Set.of("public");

    @Inject
    CaseLibrary library;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "The library: library=network (published, every centre) or mine (the centre's own, every state); filters theme field ward sector q")
    public List<NetworkViews.CaseSummary> list(@QueryParam("library") String which, @QueryParam("theme") String theme,
                                               @QueryParam("field") String field, @QueryParam("ward") String ward,
                                               @QueryParam("sector") String sector, @QueryParam("q") String q) {
        Params params = new Params();
        NetworkRepository.Library chosen = params.choice("library", which == null ? null : which.toUpperCase(java.util.Locale.ROOT),
                NetworkRepository.Library.class);
        params.done();
        return library.list(chosen == null ? NetworkRepository.Library.NETWORK : chosen,
                CaseBodies.filter(theme, field, ward, sector, q));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a case (a draft of the centre)")
    public Response write(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        NetworkForms.CaseForm form = validation.valid(fields, CaseBodies.CASE_FIELDS, CaseBodies.form(fields));
        return Response.status(Response.Status.CREATED).entity(library.write(form)).build();
    }

    @POST
    @Path("from-consultation/{consultationId}")
    @Operation(summary = "A draft from a closed consultation of the centre (no personal data carries over)")
    public Response fromConsultation(@PathParam("consultationId") String consultationId) {
        return Response.status(Response.Status.CREATED)
                .entity(library.fromConsultation(Params.id(consultationId, "相談", "Consultation"))).build();
    }

    @POST
    @Path("from-project/{projectId}")
    @Operation(summary = "A draft from a collaboration project the centre manages")
    public Response fromProject(@PathParam("projectId") String projectId) {
        return Response.status(Response.Status.CREATED)
                .entity(library.fromProject(Params.id(projectId, "協働事業", "Collaboration project"))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case with comments (the centre's own in any state, others' once published)")
    public NetworkViews.CaseView read(@PathParam("id") String id) {
        return library.read(caseId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a draft (If-Match or version)")
    public NetworkViews.CaseView revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID caseId = caseId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        NetworkForms.CaseForm form = validation.valid(fields, CaseBodies.CASE_FIELDS, CaseBodies.form(fields));
        return library.revise(caseId, Params.version(ifMatch, bodyVersion), form);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a draft for approval (the redaction checklist confirmed) (If-Match)")
    public NetworkViews.CaseView submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return library.submit(caseId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Send a submitted case back to draft (If-Match)")
    public NetworkViews.CaseView returnToDraft(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return library.returnToDraft(caseId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Approve a submitted case (If-Match)")
    public NetworkViews.CaseView approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return library.approve(caseId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Publish an approved case to the network, or with public=true to the public library too (If-Match)")
    public NetworkViews.CaseView publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID caseId = caseId(id);
        JsonFields fields = JsonFields.of(body);
        Boolean toPublic = fields.truth("public");
        fields.done(PUBLISH_FIELDS);
        return library.publish(caseId, Params.version(ifMatch, null), Boolean.TRUE.equals(toPublic));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Archive a published case (If-Match)")
    public NetworkViews.CaseView archive(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return library.archive(caseId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a published case, or mark triedToo (once per centre)")
    public Response comment(@PathParam("id") String id, JsonObject body) {
        UUID caseId = caseId(id);
        JsonFields fields = JsonFields.of(body);
        NetworkForms.CommentForm form = validation.valid(fields, COMMENT_FIELDS,
                new NetworkForms.CommentForm(fields.text("body"), fields.truth("triedToo")));
        return Response.status(Response.Status.CREATED).entity(library.comment(caseId, form)).build();
    }

    private static UUID caseId(String id) {
        return Params.id(id, "事例", "Case");
    }

}
