package jp.kyodonet.web.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.kpi.boundary.ConsultationFiguresReport;
import jp.kyodonet.kpi.boundary.HqFiguresService;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** City HQ figures: counts per centre, never personal data. City tenant only. */
@Path("hq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_ANALYST, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "hq", description = "市民局の集計 (HQ aggregates)")
public class HqFiguresResource {

    @Inject
    HqFiguresService figures;

    @Inject
    BusinessClock clock;

    @GET
    @Path("consultation-figures")
    @Operation(summary = "Consultations received, open and closed per centre in a fiscal year (default: current)")
    public ConsultationFiguresReport consultationFigures(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return figures.consultations(year == null ? clock.currentFiscalYear() : new FiscalYear(year));
    }
}
