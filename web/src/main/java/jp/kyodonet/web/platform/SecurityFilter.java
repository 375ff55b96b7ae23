package jp.kyodonet.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

/**
 * Authorisation of every API request, in one place. MicroProfile JWT has already verified the token's
 * signature, issuer, audience and expiry. For a resource that requires roles this filter then demands a
 * token (401) that says when it was issued, with neither its {@code iat} nor its {@code nbf} in the future and no
 * older than {@code platform.token.max-age-minutes} whatever its {@code exp} says (401, see {@link TokenTimes}), a
 * {@code tenant} claim naming a known, active tenant (401), city-only roles only on a city
 * token (403) and one of the resource's roles (403); and it sets the request's tenant and user, which the
 * business layer applies. Public resources ({@code @PermitAll} or unannotated) pass untouched.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class SecurityFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30")
    long clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "platform.token.max-age-minutes", defaultValue = "60")
    long maxAgeMinutes;

    @Override
    public void filter(ContainerRequestContext request) {
        String instance = "/" + request.getUriInfo().getPath();
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(Problems.forbidden(new Message("この操作は許可されていません", "Denied"), instance));
            return;
        }
        RolesAllowed rolesAllowed = method.isAnnotationPresent(PermitAll.class) ? null
                : method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (rolesAllowed == null) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            request.abortWith(Problems.unauthorized(new Message(
                    "ログインしてください（Bearer トークンがありません）", "Sign in first (no bearer token)"), instance));
            return;
        }
        var tooEarlyOrOld = TokenTimes.refusal(java.time.Instant.now().getEpochSecond(), token.getClaim("iat"),
                token.getClaim("nbf"), clockSkewSeconds, maxAgeMinutes * 60);
        if (tooEarlyOrOld.isPresent()) {
            request.abortWith(Problems.unauthorized(tooEarlyOrOld.get(), instance));
            return;
        }
        String tenantClaim = text(token.getClaim("tenant"));
        if (tenantClaim == null || tenantClaim.isBlank()) {
            request.abortWith(Problems.unauthorized(new Message(
                    "トークンに tenant クレームがありません", "The token has no tenant claim"), instance));
            return;
        }
        Tenant tenant = tenants.findActive(tenantClaim).orElse(null);
        if (tenant == null) {
            request.abortWith(Problems.unauthorized(new Message(
                    "トークンのセンター（" + tenantClaim + "）は登録されていないか、利用停止中です",
                    "The token's tenant (" + tenantClaim + ") is unknown or inactive"), instance));
            return;
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        if (!tenant.isCityCentre() && groups.stream().anyMatch(Roles.CITY_ONLY::contains)) {
            request.abortWith(Problems.forbidden(new Message(
                    "この権限は市センターのアカウントだけが持てます", "This role belongs to the city centre only"), instance));
            return;
        }
        if (tenant.isCityCentre() && groups.stream().anyMatch(Roles.WARD_ONLY::contains)) {
            request.abortWith(Problems.forbidden(new Message(
                    "区役所の権限は区のアカウントだけが持てます", "A ward office's role belongs to a ward's account only"), instance));
            return;
        }
        String bureau = text(token.getClaim("bureau"));
        if (groups.contains(Roles.BUREAU_OFFICER) && (bureau == null || bureau.isBlank())) {
            request.abortWith(Problems.forbidden(new Message(
                    "このアカウントには所属の局（bureau）がありません。認証基盤の管理者にお問い合わせください",
                    "This account names no bureau; ask the identity provider's administrator"), instance));
            return;
        }
        if (Arrays.stream(rolesAllowed.value()).noneMatch(groups::contains)) {
            request.abortWith(Problems.forbidden(new Message(
                    "この権限（" + String.join(", ", groups) + "）ではこの操作はできません",
                    "Your role (" + String.join(", ", groups) + ") does not allow this"), instance));
            return;
        }
        currentTenant.set(tenant.id());
        currentUser.set(token.getSubject(), personName(token));
        currentUser.setPost(bureau, text(token.getClaim("division")));
    }

    /**
     * The person's name as Japanese writes it: family name, then given name (OIDC's {@code family_name} and
     * {@code given_name}; Keycloak's {@code name} puts the given name first), else the token's {@code name}.
     */
    public static String personName(JsonWebToken token) {
        String family = text(token.getClaim("family_name"));
        String given = text(token.getClaim("given_name"));
        if (family != null && !family.isBlank() && given != null && !given.isBlank()) {
            return family.strip() + " " + given.strip();
        }
        String name = text(token.getClaim("name"));
        return name == null || name.isBlank() ? token.getName() : name;
    }

    /** A claim's text (a JSON string claim without its quotes), or null. */
    public static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
