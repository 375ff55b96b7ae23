package jp.kyodonet.web.kpi;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import jp.kyodonet.kpi.boundary.KpiDashboards;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: the city's totals per indicator and month of a fiscal year, no centre and no person. */
@Path("public/kpi")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "公開情報 (public information)")
public class PublicKpiResource {

    @Inject
    KpiDashboards dashboards;

    @Inject
    BusinessClock clock;

    @GET
    @Path("open-data")
    @Operation(summary = "City totals of every indicator for a fiscal year, per month that is over (default: this year)")
    public KpiDashboards.OpenData openData(@QueryParam("fiscalYear") String fiscalYear) {
        return dashboards.openData(year(fiscalYear));
    }

    @GET
    @Path("open-data.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same as CSV (UTF-8 with BOM)")
    public Response openDataCsv(@QueryParam("fiscalYear") String fiscalYear) {
        KpiDashboards.OpenData data = dashboards.openData(year(fiscalYear));
        return Response.ok(KpiFiles.openDataCsv(data).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kyodo-kpi-open-data-FY" + data.fiscalYear() + ".csv\"")
                .build();
    }

    private int year(String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return year == null ? FiscalYear.of(clock.today()).startYear() : year;
    }
}
