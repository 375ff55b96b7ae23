package jp.kyodonet.web.collaboration;

import jakarta.annotation.security.PermitAll;
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
import jp.kyodonet.collaboration.boundary.PublicCollaboration;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * PUBLIC collaboration pages: the ordinance report (JSON, CSV, PDF), published evaluation sheets, the
 * partner's column behind the partner's link, and a proposer's status page behind theirs.
 */
@Path("public/collaboration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class PublicCollaborationResource {

    @Inject
    PublicCollaboration collaboration;

    @Inject
    Validation validation;

    @Inject
    BusinessClock clock;

    @GET
    @Path("report")
    @Operation(summary = "条例第20条の報告 of a fiscal year (default: the last one that is over)")
    public Views.Report report(@QueryParam("fiscalYear") String fiscalYear) {
        return collaboration.report(year(fiscalYear));
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The report as CSV (UTF-8 with BOM, for Excel)")
    public Response reportCsv(@QueryParam("fiscalYear") String fiscalYear) {
        int year = year(fiscalYear);
        return Response.ok(ReportDocuments.csv(collaboration.report(year)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ordinance-report-FY" + year + ".csv\"").build();
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as a printable PDF (A4, Japanese font embedded)")
    public Response reportPdf(@QueryParam("fiscalYear") String fiscalYear) {
        int year = year(fiscalYear);
        return Response.ok(ReportDocuments.pdf(collaboration.report(year), clock.today()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ordinance-report-FY" + year + ".pdf\"").build();
    }

    @GET
    @Path("evaluations")
    @Operation(summary = "Published evaluation sheets (fiscalYear optional)")
    public List<Views.EvaluationSummary> published(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return collaboration.published(year);
    }

    @GET
    @Path("evaluations/{id}")
    @Operation(summary = "A published sheet, read-only, with both columns and the divergence marks")
    public Views.EvaluationView publishedSheet(@PathParam("id") String id) {
        return collaboration.publishedSheet(Params.id(id, "評価シート", "Evaluation sheet"));
    }

    @GET
    @Path("partner-sheets/{token}")
    @Operation(summary = "The sheet behind a partner's link (the partner's column; the city's once submitted)")
    public Views.EvaluationView partnerSheet(@PathParam("token") String token) {
        return collaboration.partnerSheet(token);
    }

    @PUT
    @Path("partner-sheets/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill the partner's column (団体等) only: grades, texts and roles per area, 記入者 (If-Match)")
    public Views.EvaluationView fillPartner(@PathParam("token") String token, @HeaderParam("If-Match") String ifMatch,
                                            JsonObject body) {
        Forms.EvaluationFill fill = CollaborationBodies.fill(validation, body);
        return collaboration.fillPartnerColumn(token, Params.version(ifMatch, null), fill);
    }

    @POST
    @Path("partner-sheets/{token}/submit")
    @Operation(summary = "Submit the partner's column (every question graded; locks it) (If-Match)")
    public Views.EvaluationView submitPartner(@PathParam("token") String token, @HeaderParam("If-Match") String ifMatch) {
        return collaboration.submitPartnerColumn(token, Params.version(ifMatch, null));
    }

    @PUT
    @Path("partner-sheets/{token}/joint")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write part 3 (事業評価相互検証シート) together with the city once both submitted (If-Match)")
    public Views.EvaluationView writeJoint(@PathParam("token") String token, @HeaderParam("If-Match") String ifMatch,
                                           JsonObject body) {
        Forms.JointVerification joint = CollaborationBodies.joint(validation, body);
        return collaboration.writeJoint(token, Params.version(ifMatch, null), joint);
    }

    @GET
    @Path("proposals/{token}")
    @Operation(summary = "A proposer's status page: status, decision and its reason")
    public Views.ProposalStatusPage proposal(@PathParam("token") String token) {
        return collaboration.proposalStatus(token);
    }

    private int year(String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return year == null ? FiscalYear.of(clock.today()).startYear() - 1 : year;
    }
}
