package jp.kyodonet.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.demo.PlatformMode;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo sign-in: pick a centre and a role, receive a signed token. Answers 404 unless the demo sign-in is
 * switched on (demo mode only).
 */
@Path("demo/sign-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "demo", description = "デモ用ログイン (demo sign-in)")
public class DemoSignInResource {

    /** The post of the demo's bureau officer: a division with collaboration contracts in FY2020's catalogue. */
    static final String DEMO_BUREAU = "市民局";
    static final String DEMO_DIVISION = "地域活動推進課";

    private static final Map<String, String> ROLE_JA = Map.of(
            Roles.CENTRE_STAFF, "センター職員",
            Roles.CENTRE_MANAGER, "センター長",
            Roles.NETWORK_COORDINATOR, "協働コーディネーター",
            Roles.HQ_ANALYST, "市民局 市民協働推進課",
            Roles.WARD_OFFICER, "区役所 地域振興課",
            Roles.BUREAU_OFFICER, "局の所管課（" + DEMO_BUREAU + " " + DEMO_DIVISION + "）",
            Roles.PLATFORM_ADMIN, "プラットフォーム管理者");

    @Inject
    PlatformMode mode;

    @Inject
    TenantDirectory tenants;

    @Inject
    DemoTokenIssuer issuer;

    @Inject
    BusinessClock clock;

    @GET
    @Operation(summary = "The roles each centre may sign in with (demo only)")
    public JsonObject options() {
        requireEnabled();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        Roles.ALL.forEach(r -> roles.add(Json.createObjectBuilder().add("value", r).add("ja", ROLE_JA.get(r))
                .add("cityOnly", Roles.CITY_ONLY.contains(r))
                .add("wardOnly", Roles.WARD_ONLY.contains(r))));
        return Json.createObjectBuilder().add("roles", roles).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in as a centre and role; returns a bearer token (demo only)")
    public JsonObject signIn(JsonObject body) {
        requireEnabled();
        JsonFields fields = JsonFields.of(body);
        String tenantId = fields.text("tenant");
        String role = fields.text("role");
        fields.done(Set.of("tenant", "role"));
        Tenant tenant = tenants.findActive(tenantId).orElseThrow(() -> DomainException.invalidInput(List.of(
                new FieldError("tenant", new Message("センターを選んでください", "choose a centre")))));
        if (role == null || !Roles.ALL.contains(role)) {
            throw DomainException.invalidInput(List.of(new FieldError("role",
                    new Message("権限を選んでください", "choose a role: " + Roles.ALL))));
        }
        if (Roles.CITY_ONLY.contains(role) && !tenant.isCityCentre()) {
            throw DomainException.invalidInput(List.of(new FieldError("role",
                    new Message("この権限は市センターだけで選べます", "this role is for the city centre only"))));
        }
        if (Roles.WARD_ONLY.contains(role) && tenant.isCityCentre()) {
            throw DomainException.invalidInput(List.of(new FieldError("role",
                    new Message("区役所の権限は区を選んだときだけ選べます", "this role is for a ward only"))));
        }
        String name = "デモ " + ROLE_JA.get(role) + "（" + tenant.displayNameJa() + "）";
        boolean bureau = Roles.BUREAU_OFFICER.equals(role);
        String token = issuer.issue(tenant.id().value(), role, name, bureau ? DEMO_BUREAU : null,
                bureau ? DEMO_DIVISION : null, clock.now());
        return Json.createObjectBuilder()
                .add("token", token)
                .add("expiresIn", issuer.lifetimeSeconds())
                .add("tenant", tenant.id().value())
                .add("role", role)
                .add("name", name)
                .build();
    }

    private void requireEnabled() {
        if (!mode.demoSignInEnabled()) {
            throw DomainException.notFound("デモ用ログイン", "Demo sign-in");
        }
    }
}
