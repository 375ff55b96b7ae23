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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.kpi.boundary.KpiTargets;
import jp.kyodonet.kpi.control.KpiCatalogue;
import jp.kyodonet.kpi.entity.Indicator;
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
import java.util.List;
import java.util.Set;

/** The KPI catalogue (public definitions) and the centres' targets. */
@Path("kpi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpi", description = "指標の定義と目標 (KPI catalogue and targets)")
public class KpiResource {

    private static final Set<String> TARGET_FIELDS = Set.of("value");

    @Inject
    KpiCatalogue catalogue;

    @Inject
    KpiTargets targets;

    @Inject
    BusinessClock clock;

    @GET
    @Path("catalogue")
    @PermitAll
    @Operation(summary = "Every indicator: code, names, the exact rule of what is counted, unit, source, city aggregation")
    public JsonObject catalogue() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Indicator i : catalogue.all()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", i.code()).add("ja", i.name().ja())
                    .add("en", i.name().en()).add("ruleJa", i.rule().ja()).add("ruleEn", i.rule().en())
                    .add("unit", i.unit().name()).add("source", i.source()).add("aggregation", i.aggregation().name());
            if (i.numerator() != null) {
                o.add("numerator", i.numerator()).add("denominator", i.denominator());
            }
            list.add(o);
        }
        return Json.createObjectBuilder().add("indicators", list).build();
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
}
