package jp.kyodonet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kyodonet.platform.health.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database answers. Served by Payara at {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class HealthChecks implements HealthCheck {

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        String problem = database.problem();
        return HealthCheckResponse.named("kyodo-database")
                .status(problem == null)
                .withData("problem", problem == null ? "none" : problem)
                .build();
    }
}
