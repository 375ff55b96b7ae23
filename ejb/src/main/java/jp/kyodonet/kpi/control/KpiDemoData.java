package jp.kyodonet.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.consultation.control.ConsultationDemoData;
import jp.kyodonet.consultation.control.ConsultationHistory;
import jp.kyodonet.kpi.entity.KpiTarget;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.time.BusinessClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The city centre's FY2024 targets from its operating plan (seed 000: the twelve targets, as the catalogue's plan
 * lists them with the indicators that track them), loaded for the plan's demo centre; and every centre's
 * consultation targets for the years of the demo's history.
 */
@Stateless
public class KpiDemoData {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    BusinessClock clock;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = ConsultationDemoData.HISTORY_SCALE, defaultValue = "100")
    int historyScale;

    public void load(@Observes DemoDataRequested request) {
        KpiCatalogue.Plan plan = catalogue.plan();
        if (plan.centre().equals(request.tenant().value())) {
            String source = plan.title().ja() + "（seed 000）";
            for (KpiCatalogue.PlanTarget target : plan.targets()) {
                target.values().forEach((code, value) -> target(request, plan.fiscalYear(), code, value, source));
            }
        }
        historyTargets(request, plan);
    }

    /**
     * Every centre's consultation targets for the fiscal years of the demo's history (but the year of an operating
     * plan, which keeps the plan's): the centre's usual year and a little more, by a factor of its own between 0.90
     * and 1.19, so that some centres meet them and some fall short, as in use.
     */
    private void historyTargets(DemoDataRequested request, KpiCatalogue.Plan plan) {
        String centre = request.tenant().value();
        LocalDate today = request.today();
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        BigDecimal factor = BigDecimal.valueOf(90 + Math.floorMod(centre.hashCode() * 7, 30), 2);
        for (int year = thisYear - ConsultationDemoData.HISTORY_YEARS; year <= thisYear; year++) {
            if (plan.centre().equals(centre) && plan.fiscalYear() == year) {
                continue; // the year of the centre's operating plan keeps the plan's targets, and only those
            }
            BigDecimal usual = BigDecimal.valueOf(ConsultationHistory.expected(centre, year, historyScale));
            String source = "デモ: センターの年度目標（" + year + "年度）";
            target(request, year, "consultations.received", usual.multiply(factor).setScale(0, RoundingMode.HALF_UP), source);
            target(request, year, "consultations.activity",
                    usual.multiply(factor).multiply(BigDecimal.valueOf(85, 2)).setScale(0, RoundingMode.HALF_UP), source);
            target(request, year, "consultations.closed",
                    usual.multiply(factor).multiply(BigDecimal.valueOf(80, 2)).setScale(0, RoundingMode.HALF_UP), source);
        }
    }

    private void target(DemoDataRequested request, int fiscalYear, String code, BigDecimal value, String source) {
        if (em.find(KpiTarget.class, KpiTarget.key(request.tenant(), fiscalYear, code)) == null) {
            em.persist(new KpiTarget(request.tenant(), fiscalYear, code, value, source, clock.now()));
        }
    }
}
