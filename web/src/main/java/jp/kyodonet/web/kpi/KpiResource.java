package jp.kyodonet.web.kpi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import jp.kyodonet.kpi.boundary.KpiDashboards;
import jp.kyodonet.kpi.boundary.KpiTargets;
import jp.kyodonet.kpi.control.KpiFactMaintenance;
import jp.kyodonet.kpi.control.KpiFactStore;
import jp.kyodonet.kpi.control.KpiCatalogue;
import jp.kyodonet.kpi.entity.Indicator;
import jp.kyodonet.outreach.boundary.ReportedFigures;
import jp.kyodonet.outreach.entity.FigureKind;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** The KPI catalogue (public definitions), the centres' targets and the figures they report month by month. */
@Path("kpi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpi", description = "指標の定義と目標 (KPI catalogue and targets)")
public class KpiResource {

    private static final Set<String> TARGET_FIELDS = Set.of("value");
    private static final Set<String> FIGURE_FIELDS = Set.of("value", "note");

    @Inject
    KpiCatalogue catalogue;

    @Inject
    KpiTargets targets;

    @Inject
    KpiDashboards dashboards;

    @Inject
    ReportedFigures reportedFigures;

    @Inject
    BusinessClock clock;

    @GET
    @Path("catalogue")
    @PermitAll
    @Operation(summary = "Every indicator: code, names, the exact rule of what is counted, unit, source, city aggregation;"
            + " and the city centre's operating plan's targets with the indicators that track them")
    public JsonObject catalogue() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Indicator i : catalogue.all()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", i.code()).add("ja", i.name().ja())
                    .add("en", i.name().en()).add("ruleJa", i.rule().ja()).add("ruleEn", i.rule().en())
                    .add("unit", i.unit().name()).add("source", i.source()).add("aggregation", i.aggregation().name())
                    .add("period", i.period().name()).add("lowerIsBetter", i.lowerIsBetter());
            if (i.numerator() != null) {
                o.add("numerator", i.numerator()).add("denominator", i.denominator());
            }
            list.add(o);
        }
        KpiCatalogue.Plan plan = catalogue.plan();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (KpiCatalogue.PlanTarget t : plan.targets()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            t.values().forEach((code, value) -> values.add(Json.createObjectBuilder().add("code", code).add("value", value)));
            JsonObjectBuilder o = Json.createObjectBuilder().add("item", t.item()).add("ja", t.text().ja())
                    .add("en", t.text().en()).add("targets", values);
            if (t.note() != null) {
                o.add("noteJa", t.note().ja()).add("noteEn", t.note().en());
            }
            targets.add(o);
        }
        return Json.createObjectBuilder().add("indicators", list).add("plan", Json.createObjectBuilder()
                .add("ja", plan.title().ja()).add("en", plan.title().en()).add("fiscalYear", plan.fiscalYear())
                .add("centre", plan.centre()).add("targets", targets)).build();
    }

    @GET
    @Path("targets")
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "A centre's targets of a fiscal year (centre: own by default; HQ any)")
    public List<KpiTargets.TargetView> list(@QueryParam("centre") String centre, @QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        String which = params.text("centre", centre, 32);
        params.done();
        return targets.targets(which, year == null ? FiscalYear.of(clock.today()).startYear() : year);
    }

    @PUT
    @Path("targets/{centre}/{fiscalYear}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "Set a target (the centre's manager, or HQ for any centre); changing one needs If-Match")
    public KpiTargets.TargetView set(@PathParam("centre") String centre, @PathParam("fiscalYear") String fiscalYear,
                                     @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.required("fiscalYear", year);
        params.done();
        JsonFields fields = JsonFields.of(body);
        JsonValue raw = body.get("value");
        fields.done(TARGET_FIELDS);
        if (!(raw instanceof JsonNumber number)) {
            throw DomainException.invalidInput(List.of(new FieldError("value", new Message(
                    "目標値を数値で指定してください", "the target must be a number"))));
        }
        BigDecimal value = number.bigDecimalValue().stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        Long version = ifMatch == null || ifMatch.isBlank() ? null : Params.version(ifMatch, null);
        return targets.set(centre, year, code, value, version);
    }

    @GET
    @Path("reported-figures")
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "The figures the caller's centre reported month by month (the mail magazine's registrations),"
            + " of a fiscal year and the year before, with who entered them and when; the kinds that can be reported")
    public ReportedFigures.Figures reported(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return reportedFigures.figures(yearOrCurrent(year));
    }

    @PUT
    @Path("reported-figures/{kind}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Report the centre's figure of a month (YYYY-MM, a month that has come); changing one needs"
            + " If-Match")
    public ReportedFigures.FigureView report(@PathParam("kind") String kind, @PathParam("month") String month,
                                             @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        FigureKind figure;
        try {
            figure = FigureKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("報告する数値", "Reported figure");
        }
        YearMonth when;
        try {
            when = YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalidInput(List.of(new FieldError("month", new Message(
                    "月は YYYY-MM 形式で指定してください（" + month + "）", "the month must be YYYY-MM (got " + month + ")"))));
        }
        if (when.getYear() < 1989) {
            throw DomainException.invalidInput(List.of(new FieldError("month", new Message(
                    "1989年以降の月を指定してください", "the month must be 1989 or later"))));
        }
        JsonFields fields = JsonFields.of(body);
        JsonValue raw = body.get("value");
        String note = fields.text("note");
        fields.done(FIGURE_FIELDS);
        Long value = null;
        if (raw instanceof JsonNumber number && number.isIntegral()
                && number.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            value = number.longValue();
        } else if (raw != null) {
            value = -1L;
        }
        Long version = ifMatch == null || ifMatch.isBlank() ? null : Params.version(ifMatch, null);
        return reportedFigures.report(figure, when, value, note, version);
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "A centre's dashboard: fiscal year to date against target with a light, months, same period last year"
            + " (centre: own by default; HQ and network coordinators any)")
    public KpiDashboards.CentreDashboard dashboard(@QueryParam("centre") String centre,
                                                  @QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        String which = params.text("centre", centre, 32);
        params.done();
        return dashboards.centre(which, yearOrCurrent(year));
    }

    @GET
    @Path("city")
    @RolesAllowed({Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "One indicator for all centres side by side, ranked, with the city total, its months and recent years")
    public KpiDashboards.CityView city(@QueryParam("code") String code, @QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        String indicator = params.text("code", code, 60);
        params.required("code", indicator);
        params.done();
        return dashboards.city(indicator, yearOrCurrent(year));
    }

    @GET
    @Path("city/summary")
    @RolesAllowed({Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "Every indicator of a fiscal year for the city and each centre (the committee paper)")
    public KpiDashboards.Summary summary(@QueryParam("fiscalYear") String fiscalYear) {
        return dashboards.summary(year(fiscalYear));
    }

    @GET
    @Path("city/summary.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "The committee paper as CSV (UTF-8 with BOM, for Excel)")
    public Response summaryCsv(@QueryParam("fiscalYear") String fiscalYear) {
        KpiDashboards.Summary summary = dashboards.summary(year(fiscalYear));
        return Response.ok(KpiFiles.summaryCsv(summary).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kpi-FY" + summary.fiscalYear() + ".csv\"").build();
    }

    @POST
    @Path("facts/rebuild")
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Recompute one fiscal year's KPI facts of every centre from the records")
    public JsonObject rebuild(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.required("fiscalYear", year);
        params.done();
        KpiFactStore.Outcome outcome = dashboards.rebuild(year);
        return Json.createObjectBuilder().add("fiscalYear", year).add("written", outcome.written())
                .add("removed", outcome.removed()).build();
    }

    @POST
    @Path("facts/check")
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Check every centre's KPI facts against its records now (as the nightly check does) and mark"
            + " what differs for recomputation")
    public KpiFactMaintenance.Check check() {
        return dashboards.check();
    }

    @GET
    @Path("facts/status")
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    @Operation(summary = "Change marks of the KPI facts waiting on every server, those that failed, and the age of the"
            + " oldest (how far the facts are behind)")
    public KpiDashboards.FactStatus status() {
        return dashboards.status();
    }

    private int year(String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return yearOrCurrent(year);
    }

    private int yearOrCurrent(Integer year) {
        return year == null ? FiscalYear.of(clock.today()).startYear() : year;
    }
}
