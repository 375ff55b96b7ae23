package jp.kyodonet.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jp.kyodonet.platform.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1}. {@code @ApplicationScoped} is required for MicroProfile JWT inside
 * an EAR on Payara (TECH.md).
 */
@ApplicationScoped
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER, Roles.PLATFORM_ADMIN})
@OpenAPIDefinition(info = @Info(title = "Kyodo Network API (協働ネットワーク)", version = "1",
        description = "Multi-tenant API of the citizen-collaboration centres. Tenant-owned resources act for the "
                + "tenant of the bearer token; errors are application/problem+json."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class KyodoApplication extends Application {
}
