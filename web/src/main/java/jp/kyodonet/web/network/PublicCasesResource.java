package jp.kyodonet.web.network;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.boundary.PublicCases;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The public case library (no sign-in): public cases, contacts only with consent. */
@Path("public/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class PublicCasesResource {

    @Inject
    PublicCases cases;

    @GET
    @Operation(summary = "Public cases (filters theme field ward sector q)")
    public List<NetworkViews.CaseSummary> list(@QueryParam("theme") String theme, @QueryParam("field") String field,
                                               @QueryParam("ward") String ward, @QueryParam("sector") String sector,
                                               @QueryParam("q") String q) {
        return cases.list(CaseBodies.filter(theme, field, ward, sector, q));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One public case")
    public NetworkViews.CaseView read(@PathParam("id") String id) {
        return cases.read(Params.id(id, "事例", "Case"));
    }
}
