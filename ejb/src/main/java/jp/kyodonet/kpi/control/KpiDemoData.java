package jp.kyodonet.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.kpi.entity.KpiTarget;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;

/**
 * The city centre's FY2024 targets from its operating plan (seed 000: the twelve targets, as the catalogue's plan
 * lists them with the indicators that track them), loaded for the plan's demo centre.
 */
@Stateless
public class KpiDemoData {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        KpiCatalogue.Plan plan = catalogue.plan();
        if (!plan.centre().equals(request.tenant().value())) {
            return;
        }
        String source = plan.title().ja() + "（seed 000）";
        for (KpiCatalogue.PlanTarget target : plan.targets()) {
            target.values().forEach((code, value) -> {
                if (em.find(KpiTarget.class, KpiTarget.key(request.tenant(), plan.fiscalYear(), code)) == null) {
                    em.persist(new KpiTarget(request.tenant(), plan.fiscalYear(), code, value, source, clock.now()));
                }
            });
        }
    }
}
