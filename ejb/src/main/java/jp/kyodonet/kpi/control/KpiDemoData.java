package jp.kyodonet.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.kpi.entity.KpiTarget;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The city centre's FY2024 targets from its operating plan (seed 000: 1,000 consultations, 20 new
 * registrations, 70% renewal, 60% with improved understanding), loaded for the city demo centre.
 */
@Stateless
public class KpiDemoData {

    private static final Map<String, Integer> CITY_FY2024 = Map.of("consultations.received", 1000,
            "organisations.newRegistrations", 20, "organisations.renewalRate", 70, "programmes.understandingRate", 60);

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @jakarta.inject.Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        if (!"city".equals(request.tenant().value())) {
            return;
        }
        CITY_FY2024.forEach((code, value) -> {
            if (em.find(KpiTarget.class, KpiTarget.key(request.tenant(), 2024, code)) == null) {
                em.persist(new KpiTarget(request.tenant(), 2024, code, BigDecimal.valueOf(value),
                        "横浜市市民協働推進センター 令和6年度事業計画（seed 000）", clock.now()));
            }
        });
    }
}
