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
import jp.kyodonet.collaboration.boundary.CatalogueService;
import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.control.CollaborationRepository.ProjectFilter;
import jp.kyodonet.collaboration.control.ProjectCatalogueImport;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Uploads;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/** 協働事業: the catalogue of collaboration projects (a centre's own; HQ reads every centre's). */
@Path("collaboration/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "collaboration")
public class ProjectsResource {

    private static final Set<String> PROJECT_FIELDS = Set.of("ownerName", "division", "name", "field", "partners",
            "origin", "fiscalYear", "version");

    @Inject
    CatalogueService catalogue;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "Projects (fiscalYear, ownerKind, field, q, page, size optional)")
    public Page<Views.ProjectSummary> list(@QueryParam("fiscalYear") String fiscalYear,
                                           @QueryParam("ownerKind") String ownerKind, @QueryParam("field") String field,
                                           @QueryParam("q") String q, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        OwnerKind kind = params.choice("ownerKind", ownerKind, OwnerKind.class);
        ActivityField chosenField = params.choice("field", field, ActivityField.class);
        String text = params.text("q", q, 100);
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        params.done();
        return catalogue.projects(new ProjectFilter(year, kind, chosenField, text),
                new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 50 : pageSize));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Enter a project of the centre (the city centre names the owning bureau)")
    public Response create(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Forms.ProjectForm form = validation.valid(fields, PROJECT_FIELDS, form(fields));
        return Response.status(Response.Status.CREATED).entity(catalogue.createProject(form)).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Import a fiscal year's project list (CSV as shared/data/projects-r2.csv): all rows or none")
    public ProjectCatalogueImport.Report importFile(@QueryParam("fiscalYear") String fiscalYear, byte[] body,
                                                    @HeaderParam("Content-Type") String contentType) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.required("fiscalYear", year);
        params.done();
        return catalogue.importCatalogue(Uploads.text(body, contentType), year);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project with its contracts")
    public Views.ProjectView read(@PathParam("id") String id) {
        return catalogue.project(projectId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Change a project (If-Match or version); fiscalYear adds a year it ran")
    public Views.ProjectView revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID projectId = projectId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        Forms.ProjectForm form = validation.valid(fields, PROJECT_FIELDS, form(fields));
        return catalogue.reviseProject(projectId, Params.version(ifMatch, bodyVersion), form);
    }

    @POST
    @Path("{id}/contracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.WARD_OFFICER,
            Roles.BUREAU_OFFICER})
    @Operation(summary = "Draft a collaboration contract of the project")
    public Response addContract(@PathParam("id") String id, JsonObject body) {
        UUID projectId = projectId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.ContractForm form = validation.valid(fields, CollaborationBodies.CONTRACT_FIELDS,
                CollaborationBodies.contract(fields));
        return Response.status(Response.Status.CREATED).entity(catalogue.addContract(projectId, form)).build();
    }

    private static Forms.ProjectForm form(JsonFields fields) {
        Long year = fields.whole("fiscalYear");
        return new Forms.ProjectForm(fields.text("ownerName"), fields.text("division"), fields.text("name"),
                fields.choice("field", ActivityField.class), fields.text("partners"), fields.choice("origin", Origin.class),
                year == null ? null : (int) Math.max(-1, Math.min(year, 100_000)));
    }

    private static UUID projectId(String id) {
        return Params.id(id, "協働事業", "Collaboration project");
    }
}
