package jp.kyodonet.kpi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.Tenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * City-wide figures for HQ: counts per centre per fiscal year, never a row with personal data.
 * This is the named cross-tenant path: it reads the aggregate persistence unit only.
 */
@Stateless
@RolesAllowed({Roles.HQ_ANALYST, Roles.NETWORK_COORDINATOR})
public class HqFiguresService {

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager facts;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentTenant currentTenant;

    /**
     * Consultations received in a fiscal year (activity consultations and facility inquiries apart), open
     * and closed, for every active centre of the caller's city (zeros included).
     */
    public ConsultationFiguresReport consultations(@NotNull FiscalYear year) {
        List<Object[]> rows = facts.createQuery(
                        "SELECT f.tenantId, f.status, f.track, COUNT(f) FROM ConsultationFact f"
                                + " WHERE f.fiscalYear = :year GROUP BY f.tenantId, f.status, f.track", Object[].class)
                .setParameter("year", year.startYear())
                .getResultList();
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((String) row[0], t -> new long[3]);
            long n = ((Number) row[3]).longValue();
            c["CLOSED".equals(row[1]) ? 1 : 0] += n;
            if ("FACILITY_INQUIRY".equals(row[2])) {
                c[2] += n;
            }
        }
        String city = tenants.cityOf(currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant")));
        List<CentreConsultationFigures> centres = tenants.activeIn(city).stream()
                .map(t -> figures(t, counts.getOrDefault(t.id().value(), new long[3])))
                .toList();
        return new ConsultationFiguresReport(year.startYear(), year.japaneseLabel(), centres,
                centres.stream().mapToLong(CentreConsultationFigures::received).sum(),
                centres.stream().mapToLong(CentreConsultationFigures::activity).sum(),
                centres.stream().mapToLong(CentreConsultationFigures::facilityInquiries).sum(),
                centres.stream().mapToLong(CentreConsultationFigures::open).sum(),
                centres.stream().mapToLong(CentreConsultationFigures::closed).sum());
    }

    /** {@code counts}: open, closed, facility inquiries. */
    private static CentreConsultationFigures figures(Tenant tenant, long[] counts) {
        long received = counts[0] + counts[1];
        return new CentreConsultationFigures(tenant.id().value(), tenant.displayNameJa(), tenant.displayNameEn(),
                received, received - counts[2], counts[2], counts[0], counts[1]);
    }
}
