package jp.kyodonet.outreach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.outreach.entity.FigureKind;
import jp.kyodonet.outreach.entity.ReportedFigure;

/**
 * The mail magazine's indicators of the current centre, from its reported month-end registrations: the
 * registrations at each month's end up to this month (a month without a report: the latest reported in the
 * year), the base (the last figure reported in the year before), and the gain over the base, from which the
 * growth rate is divided (000: 「メルマガ登録数5%増」).
 */
@ApplicationScoped
public class OutreachFacts implements jp.kyodonet.kpi.FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Override
    public String source() {
        return "outreach";
    }

    @Override
    public void supply(FactSheet sheet) {
        LocalDate yearBefore = sheet.from().minusYears(1);
        Long base = null;
        Long latest = null;
        var figures = em.createQuery("SELECT f FROM ReportedFigure f WHERE f.kind = :kind AND f.month BETWEEN :from AND :to"
                        + " ORDER BY f.month", ReportedFigure.class)
                .setParameter("kind", FigureKind.MAIL_MAGAZINE_REGISTRATIONS)
                .setParameter("from", yearBefore).setParameter("to", sheet.to()).getResultList();
        java.util.Map<YearMonth, Long> thisYear = new java.util.HashMap<>();
        for (ReportedFigure f : figures) {
            if (f.month().atDay(1).isBefore(sheet.from())) {
                base = f.value();
            } else {
                thisYear.put(f.month(), f.value());
            }
        }
        YearMonth thisMonth = YearMonth.from(sheet.today());
        for (int month = 1; month <= 12; month++) {
            YearMonth m = sheet.calendarMonth(month);
            if (m.isAfter(thisMonth)) {
                break;
            }
            latest = thisYear.getOrDefault(m, latest);
            if (latest == null) {
                continue;
            }
            sheet.add(month, "outreach.mailMagazineRegistrations", "", BigDecimal.valueOf(latest));
            if (base != null) {
                sheet.add(month, "outreach.mailMagazineBase", "", BigDecimal.valueOf(base));
                sheet.add(month, "outreach.mailMagazineGain", "", BigDecimal.valueOf(latest - base));
            }
        }
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate first = em.createQuery("SELECT MIN(f.month) FROM ReportedFigure f", LocalDate.class).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(first), null);
    }
}
