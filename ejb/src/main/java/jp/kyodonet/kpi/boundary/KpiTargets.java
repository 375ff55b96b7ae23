package jp.kyodonet.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.kpi.control.KpiCatalogue;
import jp.kyodonet.kpi.entity.Indicator;
import jp.kyodonet.kpi.entity.KpiTarget;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Targets per centre, fiscal year and indicator (AGGREGATE scope). A centre reads and its manager sets its
 * own; HQ reads and sets any centre's; another centre's targets are not found.
 */
@Stateless
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
public class KpiTargets {

    /** A target as the dashboards show it. */
    public record TargetView(String centre, String centreName, int fiscalYear, String code, String nameJa, String nameEn,
                             Indicator.Unit unit, BigDecimal value, String setBy, Instant setAt, long version) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    /** The targets of a centre's fiscal year ({@code centre} null: the caller's own). */
    public List<TargetView> targets(String centre, int fiscalYear) {
        Tenant tenant = reachable(centre);
        return em.createQuery("SELECT t FROM KpiTarget t WHERE t.tenant = :tenant AND t.fiscalYear = :year ORDER BY t.code",
                        KpiTarget.class)
                .setParameter("tenant", tenant.id().value()).setParameter("year", fiscalYear).getResultList().stream()
                .map(t -> view(t, tenant)).toList();
    }

    /**
     * Sets a target (creates it, or changes it at {@code version}): a centre's manager for the centre, HQ for
     * any centre. The value fits the unit: not negative, a percentage at most 100, a score at most 5.
     */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
    public TargetView set(String centre, int fiscalYear, @NotNull String code, BigDecimal value, Long version) {
        Tenant tenant = reachable(centre);
        Indicator indicator = catalogue.find(code).orElseThrow(() -> DomainException.notFound("指標", "Indicator"));
        BigDecimal max = switch (indicator.unit()) {
            case PERCENT -> BigDecimal.valueOf(100);
            case SCORE -> BigDecimal.valueOf(5);
            default -> BigDecimal.valueOf(1_000_000_000L);
        };
        if (value == null || value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
            throw DomainException.invalidInput(List.of(new FieldError("value", new Message(
                    "目標値は0以上" + max.toPlainString() + "以下（小数2桁まで）で指定してください",
                    "the target must be from 0 to " + max.toPlainString() + " (2 decimals at most)"))));
        }
        KpiTarget target = em.find(KpiTarget.class, KpiTarget.key(tenant.id(), fiscalYear, code));
        if (target == null) {
            target = new KpiTarget(tenant.id(), fiscalYear, code, value, user.signature(), clock.now());
            em.persist(target);
        } else {
            if (version == null) {
                throw DomainException.versionRequired();
            }
            if (target.version() != version) {
                throw DomainException.staleVersion();
            }
            target.set(value, user.signature(), clock.now());
        }
        em.flush();
        return view(target, tenant);
    }

    /** The caller's own centre, or for HQ any active centre; another centre is "not found". */
    private Tenant reachable(String centre) {
        TenantId here = currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant"));
        boolean hq = context.isCallerInRole(Roles.HQ_ANALYST);
        String wanted = centre == null || centre.isBlank() ? here.value() : centre;
        if (!hq && !wanted.equals(here.value())) {
            throw DomainException.notFound("センター", "Centre");
        }
        return tenants.findActive(wanted).orElseThrow(() -> DomainException.notFound("センター", "Centre"));
    }

    private TargetView view(KpiTarget t, Tenant tenant) {
        Indicator i = catalogue.find(t.code()).orElse(null);
        return new TargetView(tenant.id().value(), tenant.displayNameJa(), t.fiscalYear(), t.code(),
                i == null ? t.code() : i.name().ja(), i == null ? t.code() : i.name().en(), i == null ? null : i.unit(),
                t.value(), t.setBy(), t.setAt(), t.version());
    }
}
