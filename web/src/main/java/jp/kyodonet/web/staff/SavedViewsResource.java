package jp.kyodonet.web.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.staff.boundary.SavedViews;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** 保存したビュー: the signed-in person's saved filters of the portal's lists. */
@Path("me/views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Tag(name = "staff", description = "職員名簿 (the centre's staff directory)")
public class SavedViewsResource {

    @Inject
    SavedViews views;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "My saved views (of one page with ?page=consultations|audit)")
    public List<SavedViews.View> mine(@QueryParam("page") String page) {
        Params params = new Params();
        if (page != null && !page.matches(SavedViews.PAGES)) {
            params.invalid("page", new Message("ページは consultations か audit です",
                    "page is consultations or audit"));
        }
        params.done();
        return views.mine(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a view: page, name and the address's query (a name used before on the page is replaced)")
    public Response save(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        SavedViews.Form form = validation.valid(fields, Set.of("page", "name", "query"),
                new SavedViews.Form(fields.text("page"), fields.text("name"), fields.text("query") == null ? "" : fields.text("query")));
        return Response.status(Response.Status.CREATED).entity(views.save(form)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of my saved views")
    public Response remove(@PathParam("id") String id) {
        views.remove(Params.id(id, "保存したビュー", "Saved view"));
        return Response.noContent().build();
    }
}
