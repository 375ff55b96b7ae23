package jp.kyodonet.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodonet.kpi.control.KpiCatalogue;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.control.KpiFactMaintenance;
import jp.kyodonet.kpi.control.KpiFactStore;
import jp.kyodonet.kpi.control.KpiFigures;
import jp.kyodonet.kpi.entity.Indicator;
import jp.kyodonet.kpi.entity.KpiTarget;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.TenantId;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The dashboards (AGGREGATE scope). They read only the KPI facts and the targets, never a record: a centre's
 * own dashboard for its staff; every centre side by side, the city total and a centre's dashboard for HQ and
 * the network coordinators; the city's open data for anyone.
 */
@Stateless
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST})
public class KpiDashboards {

    /** The traffic light of a figure against its target (NONE: no target, or nothing to compare yet). */
    public enum Light { GREEN, AMBER, RED, NONE }

    /** The definition shown with every figure. */
    public record Definition(String code, String ja, String en, String ruleJa, String ruleEn, Indicator.Unit unit,
                             String source, Indicator.Aggregation aggregation, Indicator.Period period, boolean lowerIsBetter) {
        static Definition of(Indicator i) {
            return new Definition(i.code(), i.name().ja(), i.name().en(), i.rule().ja(), i.rule().en(), i.unit(), i.source(),
                    i.aggregation(), i.period(), i.lowerIsBetter());
        }
    }

    /**
     * One indicator of a centre: the fiscal year to date, the same period last year, the target of the year and
     * what it asks by now, the light, the months of both years (null: a month not reached, or nothing to divide)
     * and, for a room-by-room figure, the breakdown.
     */
    public record IndicatorFigure(Definition indicator, BigDecimal value, BigDecimal lastYear, BigDecimal target,
                                  BigDecimal expected, Light light, List<BigDecimal> months, List<BigDecimal> lastYearMonths,
                                  Map<String, BigDecimal> breakdown) {
    }

    /** A centre's dashboard of a fiscal year. */
    public record CentreDashboard(String centre, String centreName, int fiscalYear, String label, int monthsToDate,
                                  LocalDate asOf, List<IndicatorFigure> indicators) {
    }

    /** One centre in the city view of an indicator. */
    public record CentreFigure(String centre, String centreName, String kind, BigDecimal value, BigDecimal lastYear,
                               BigDecimal target, Light light, Integer rank) {
    }

    /** A fiscal year's city figure of an indicator (for the years trend). */
    public record YearFigure(int fiscalYear, String label, BigDecimal value) {
    }

    /** The city view of one indicator: 19 centres side by side, ranked, the city total and its trends. */
    public record CityView(Definition indicator, int fiscalYear, String label, int monthsToDate, LocalDate asOf,
                           List<CentreFigure> centres, BigDecimal city, BigDecimal cityLastYear, BigDecimal cityTarget,
                           int centresWithTarget, List<BigDecimal> months, List<BigDecimal> lastYearMonths,
                           List<YearFigure> years, java.time.Instant factsAsOf) {
    }

    /** Every indicator of a fiscal year: the city and each centre (the committee paper and its CSV). */
    public record Summary(int fiscalYear, String label, int monthsToDate, LocalDate asOf, List<String> centres,
                          List<String> centreNames, List<SummaryRow> rows) {
    }

    /** One indicator in the summary: city to date, last year same period, and each centre in {@code centres} order. */
    public record SummaryRow(Definition indicator, BigDecimal city, BigDecimal cityLastYear, List<BigDecimal> centres) {
    }

    /** The city's open data of a fiscal year: no centre, no person, only city totals per indicator and month. */
    public record OpenData(int fiscalYear, String label, int monthsCovered, LocalDate asOf, String licence,
                           List<OpenDataRow> indicators) {
    }

    /** One indicator of the open data. */
    public record OpenDataRow(Definition indicator, BigDecimal value, List<BigDecimal> months) {
    }

    /** How the facts' recomputation stands: marks waiting (every server's), marks that failed, the oldest's age. */
    public record FactStatus(long backlog, long failures, double oldestSeconds) {
    }

    private static final int YEARS_OF_TREND = 5;

    /** The facts as read (a replica past one machine): only ever read, outside any transaction. */
    @PersistenceContext(unitName = "kyodo-reports")
    EntityManager facts;

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    BusinessClock clock;

    @Inject
    KpiFactStore store;

    @Inject
    KpiFactMaintenance maintenance;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Resource
    SessionContext context;

    /** A centre's dashboard: the caller's own centre; HQ and the network coordinators may name any. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CentreDashboard centre(String centre, int fiscalYear) {
        Tenant tenant = reachable(centre);
        String id = tenant.id().value();
        int months = monthsToDate(fiscalYear);
        KpiFigures figures = new KpiFigures(load(List.of(id), null, fiscalYear - 1, fiscalYear));
        Map<String, BigDecimal> targets = targetsOf(id, null, fiscalYear).getOrDefault(id, Map.of());
        List<IndicatorFigure> list = new ArrayList<>();
        for (Indicator i : catalogue.all()) {
            List<String> one = List.of(id);
            BigDecimal value = toDate(figures, i, one, fiscalYear, months);
            BigDecimal target = targets.get(i.code());
            BigDecimal expected = expected(i, target, months);
            Map<String, BigDecimal> breakdown = i.aggregation() == Indicator.Aggregation.MEDIAN
                    ? Map.of() : figures.byDim(i, one, fiscalYear, 1, Math.max(months, 1));
            list.add(new IndicatorFigure(Definition.of(i), value, toDate(figures, i, one, fiscalYear - 1, months), target,
                    expected, light(i, value, expected, months), monthly(figures, i, one, fiscalYear, months),
                    monthly(figures, i, one, fiscalYear - 1, 12), months == 0 ? Map.of() : breakdown));
        }
        return new CentreDashboard(id, tenant.displayNameJa(), fiscalYear, new FiscalYear(fiscalYear).japaneseLabel(), months,
                clock.today(), list);
    }

    /**
     * One indicator for every centre of the caller's city, ranked, with the city total, its months and its recent
     * years: the centres' rows of this fiscal year and the last (for the same period last year), and the city's
     * totals (kpi_city_fact) for the city figures and the trend, never every centre's months of five years.
     */
    @RolesAllowed({Roles.HQ_ANALYST, Roles.NETWORK_COORDINATOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CityView city(String code, int fiscalYear) {
        Indicator i = catalogue.find(code).orElseThrow(() -> DomainException.notFound("指標", "Indicator"));
        String city = callerCity();
        List<Tenant> centres = tenants.activeIn(city);
        List<String> ids = centres.stream().map(t -> t.id().value()).toList();
        int months = monthsToDate(fiscalYear);
        KpiFigures figures = new KpiFigures(load(ids, codes(i), fiscalYear - 1, fiscalYear));
        KpiFigures totals = new KpiFigures(loadCity(city, codes(i), fiscalYear - YEARS_OF_TREND + 1, fiscalYear));
        List<String> whole = List.of(city);
        Map<String, Map<String, BigDecimal>> targets = targetsOf(null, code, fiscalYear);
        List<CentreFigure> rows = new ArrayList<>();
        BigDecimal targetSum = BigDecimal.ZERO;
        int withTarget = 0;
        for (Tenant t : centres) {
            String id = t.id().value();
            BigDecimal value = toDate(figures, i, List.of(id), fiscalYear, months);
            BigDecimal target = targets.getOrDefault(id, Map.of()).get(code);
            if (target != null) {
                targetSum = targetSum.add(target);
                withTarget++;
            }
            BigDecimal expected = expected(i, target, months);
            rows.add(new CentreFigure(id, t.displayNameJa(), t.kind().name(), value,
                    toDate(figures, i, List.of(id), fiscalYear - 1, months), target, light(i, value, expected, months), null));
        }
        List<CentreFigure> ranked = rank(i, rows);
        List<YearFigure> years = new ArrayList<>();
        for (int y = fiscalYear - YEARS_OF_TREND + 1; y <= fiscalYear; y++) {
            years.add(new YearFigure(y, new FiscalYear(y).japaneseLabel(), toDate(totals, i, whole, y, monthsToDate(y))));
        }
        boolean summed = i.aggregation() == Indicator.Aggregation.SUM;
        return new CityView(Definition.of(i), fiscalYear, new FiscalYear(fiscalYear).japaneseLabel(), months, clock.today(),
                ranked, toDate(totals, i, whole, fiscalYear, months), toDate(totals, i, whole, fiscalYear - 1, months),
                summed && withTarget > 0 ? targetSum : null, withTarget, monthly(totals, i, whole, fiscalYear, months),
                monthly(totals, i, whole, fiscalYear - 1, 12), years, factsAsOf());
    }

    /**
     * The time the facts read are as of, in the database they are read from: every change committed before it is
     * counted. The oldest change still waiting for its recomputation, or else the last heartbeat (written every two
     * seconds on the primary: on a replica it is as old as the replica is behind).
     */
    private java.time.Instant factsAsOf() {
        Object[] r = (Object[]) facts.createNativeQuery("SELECT (SELECT MIN(marked_at) FROM kpi_fact_mark WHERE stale),"
                + " (SELECT beat_at FROM kpi_heartbeat WHERE id = 1)").getSingleResult();
        java.time.LocalDateTime oldest = dateTime(r[0]);
        java.time.LocalDateTime beat = dateTime(r[1]);
        java.time.LocalDateTime asOf = oldest == null ? beat : beat == null || oldest.isBefore(beat) ? oldest : beat;
        return asOf == null ? null : asOf.toInstant(java.time.ZoneOffset.UTC);
    }

    private static java.time.LocalDateTime dateTime(Object value) {
        return value == null ? null : value instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : value instanceof java.time.LocalDateTime l ? l : java.time.LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }

    /** Every indicator for the caller's city and each of its centres, to date, with the city's same period last year. */
    @RolesAllowed({Roles.HQ_ANALYST, Roles.NETWORK_COORDINATOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Summary summary(int fiscalYear) {
        String city = callerCity();
        List<Tenant> centres = tenants.activeIn(city);
        List<String> ids = centres.stream().map(t -> t.id().value()).toList();
        int months = monthsToDate(fiscalYear);
        KpiFigures figures = new KpiFigures(load(ids, null, fiscalYear, fiscalYear));
        KpiFigures totals = new KpiFigures(loadCity(city, null, fiscalYear - 1, fiscalYear));
        List<String> whole = List.of(city);
        List<SummaryRow> rows = new ArrayList<>();
        for (Indicator i : catalogue.all()) {
            List<BigDecimal> each = new ArrayList<>();
            for (String id : ids) {
                each.add(toDate(figures, i, List.of(id), fiscalYear, months));
            }
            rows.add(new SummaryRow(Definition.of(i), toDate(totals, i, whole, fiscalYear, months),
                    toDate(totals, i, whole, fiscalYear - 1, months), each));
        }
        return new Summary(fiscalYear, new FiscalYear(fiscalYear).japaneseLabel(), months, clock.today(), ids,
                centres.stream().map(Tenant::displayNameJa).toList(), rows);
    }

    /** The city totals of a fiscal year, per indicator and month, for anyone (only months already over). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OpenData openData(int fiscalYear) {
        String city = tenants.cityCentre().city();
        List<String> whole = List.of(city);
        int months = monthsOver(fiscalYear);
        KpiFigures figures = new KpiFigures(loadCity(city, null, fiscalYear, fiscalYear));
        List<OpenDataRow> rows = new ArrayList<>();
        for (Indicator i : catalogue.all()) {
            boolean yearly = i.period() == Indicator.Period.YEAR;
            BigDecimal value = yearly ? (months == 12 ? figures.value(i, whole, fiscalYear, 0, 0) : null)
                    : months == 0 ? null : figures.value(i, whole, fiscalYear, 1, months);
            rows.add(new OpenDataRow(Definition.of(i), value, yearly ? List.of() : monthly(figures, i, whole, fiscalYear, months)));
        }
        return new OpenData(fiscalYear, new FiscalYear(fiscalYear).japaneseLabel(), months, clock.today(),
                "CC BY 4.0", rows);
    }

    /** Recomputes one fiscal year's facts of every centre from the records (HQ). */
    @RolesAllowed(Roles.HQ_ANALYST)
    public KpiFactStore.Outcome rebuild(int fiscalYear) {
        List<String> all = tenants.all().stream().map(t -> t.id().value()).toList();
        return systemWork(() -> store.rebuild(all, fiscalYear));
    }

    /** Runs the nightly check now: every centre's facts against its records, what differs marked (HQ). */
    @RolesAllowed(Roles.HQ_ANALYST)
    public KpiFactMaintenance.Check check() {
        return systemWork(() -> maintenance.check("on request"));
    }

    /**
     * Runs work for every centre outside the HQ request that asked for it (a request acts for its own centre; the
     * work acts for each centre in turn, through SystemTasks) and waits for it.
     */
    private <T> T systemWork(java.util.concurrent.Callable<T> work) {
        try {
            return executor.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Recomputations waiting or running, and failures since start. */
    public FactStatus status() {
        KpiFactStore.Backlog backlog = store.backlog();
        return new FactStatus(backlog.waiting(), backlog.failing(), backlog.oldestSeconds());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Fiscal months of the year reached by today: 12 for a past year, 0 for a future one. */
    private int monthsToDate(int fiscalYear) {
        LocalDate today = clock.today();
        int current = FiscalYear.of(today).startYear();
        if (fiscalYear < current) {
            return 12;
        }
        return fiscalYear > current ? 0 : FactSheet.fiscalMonth(today.getMonthValue());
    }

    /** Fiscal months of the year that are over (the open data publishes no month in progress). */
    private int monthsOver(int fiscalYear) {
        int reached = monthsToDate(fiscalYear);
        return reached == 12 && fiscalYear < FiscalYear.of(clock.today()).startYear() ? 12 : Math.max(0, reached - 1);
    }

    private static BigDecimal toDate(KpiFigures figures, Indicator i, Collection<String> ids, int fiscalYear, int months) {
        if (i.period() == Indicator.Period.YEAR) {
            return figures.value(i, ids, fiscalYear, 0, 0);
        }
        return months == 0 ? null : figures.value(i, ids, fiscalYear, 1, months);
    }

    private static List<BigDecimal> monthly(KpiFigures figures, Indicator i, Collection<String> ids, int fiscalYear, int months) {
        if (i.period() == Indicator.Period.YEAR) {
            return List.of();
        }
        List<BigDecimal> values = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            values.add(m <= months ? figures.value(i, ids, fiscalYear, m, m) : null);
        }
        return values;
    }

    /** What the target asks by now: a year's count pro rata of the months reached; a rate, ratio or stock as it is. */
    private static BigDecimal expected(Indicator i, BigDecimal target, int months) {
        if (target == null) {
            return null;
        }
        if (i.aggregation() == Indicator.Aggregation.SUM && i.period() == Indicator.Period.MONTH) {
            return target.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
        }
        return target;
    }

    /** Green at or better than what the target asks by now, amber within 20 %, red beyond. */
    static Light light(Indicator i, BigDecimal value, BigDecimal expected, int months) {
        if (expected == null || value == null || months == 0) {
            return Light.NONE;
        }
        BigDecimal tolerance = new BigDecimal("0.2");
        if (i.lowerIsBetter()) {
            if (value.compareTo(expected) <= 0) {
                return Light.GREEN;
            }
            return value.compareTo(expected.multiply(BigDecimal.ONE.add(tolerance))) <= 0 ? Light.AMBER : Light.RED;
        }
        if (value.compareTo(expected) >= 0) {
            return Light.GREEN;
        }
        return value.compareTo(expected.multiply(BigDecimal.ONE.subtract(tolerance))) >= 0 ? Light.AMBER : Light.RED;
    }

    private static List<CentreFigure> rank(Indicator i, List<CentreFigure> rows) {
        Comparator<BigDecimal> order = i.lowerIsBetter() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<CentreFigure> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(CentreFigure::value, Comparator.nullsLast(order)));
        List<CentreFigure> ranked = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int n = 0; n < sorted.size(); n++) {
            CentreFigure c = sorted.get(n);
            if (c.value() == null) {
                ranked.add(c);
                continue;
            }
            if (previous == null || previous.compareTo(c.value()) != 0) {
                rank = n + 1;
                previous = c.value();
            }
            ranked.add(new CentreFigure(c.centre(), c.centreName(), c.kind(), c.value(), c.lastYear(), c.target(), c.light(),
                    rank));
        }
        return ranked;
    }

    private static Set<String> codes(Indicator i) {
        return i.numerator() == null ? Set.of(i.code()) : Set.of(i.numerator(), i.denominator());
    }

    /** Fact rows of some centres (null: all) and indicators (null: all) over a span of fiscal years. */
    private List<KpiFigures.Fact> load(List<String> centres, Set<String> codes, int fromYear, int toYear) {
        StringBuilder sql = new StringBuilder("SELECT tenant_id, fiscal_year, month, code, dim, value FROM kpi_fact"
                + " WHERE fiscal_year BETWEEN ?1 AND ?2");
        List<Object> params = new ArrayList<>(List.of(fromYear, toYear));
        if (centres != null) {
            sql.append(" AND tenant_id IN (").append(placeholders(params.size(), centres.size())).append(')');
            params.addAll(centres);
        }
        List<KpiFigures.Fact> result = new ArrayList<>();
        for (Object[] r : rows(sql, params, codes)) {
            result.add(new KpiFigures.Fact((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3],
                    (String) r[4], (BigDecimal) r[5]));
        }
        return result;
    }

    /** A city's totals of some indicators (null: all) over a span of fiscal years, as facts of the city. */
    private List<KpiFigures.Fact> loadCity(String city, Set<String> codes, int fromYear, int toYear) {
        StringBuilder sql = new StringBuilder("SELECT fiscal_year, month, code, dim, value FROM kpi_city_fact"
                + " WHERE city = ?1 AND fiscal_year BETWEEN ?2 AND ?3");
        List<KpiFigures.Fact> result = new ArrayList<>();
        for (Object[] r : rows(sql, new ArrayList<>(List.of(city, fromYear, toYear)), codes)) {
            result.add(new KpiFigures.Fact(city, ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (BigDecimal) r[4]));
        }
        return result;
    }

    /** Runs a read of the facts, narrowed to some indicators (null: all), with positional parameters. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(StringBuilder sql, List<Object> params, Set<String> codes) {
        if (codes != null) {
            sql.append(" AND code IN (").append(placeholders(params.size(), codes.size())).append(')');
            params.addAll(codes);
        }
        var query = facts.createNativeQuery(sql.toString());
        for (int p = 0; p < params.size(); p++) {
            query.setParameter(p + 1, params.get(p));
        }
        return query.getResultList();
    }

    /** The city of the caller's centre (HQ's city: its centres and its totals). */
    private String callerCity() {
        return tenants.cityOf(currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant")));
    }

    private static String placeholders(int before, int count) {
        StringBuilder s = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            s.append(n == 1 ? "" : ", ").append('?').append(before + n);
        }
        return s.toString();
    }

    /** Targets of a fiscal year per centre and indicator (one centre or all; one indicator or all). */
    private Map<String, Map<String, BigDecimal>> targetsOf(String tenant, String code, int fiscalYear) {
        var query = em.createQuery("SELECT t FROM KpiTarget t WHERE t.fiscalYear = :year"
                + (tenant == null ? "" : " AND t.tenant = :tenant")
                + (code == null ? "" : " AND t.code = :code"), KpiTarget.class).setParameter("year", fiscalYear);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        if (code != null) {
            query.setParameter("code", code);
        }
        List<KpiTarget> list = query.getResultList();
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        for (KpiTarget t : list) {
            result.computeIfAbsent(t.tenant(), k -> new HashMap<>()).put(t.code(), t.value());
        }
        return result;
    }

    /**
     * The caller's own centre, or for HQ and the network coordinators any active centre of their city; another is
     * "not found".
     */
    private Tenant reachable(String centre) {
        TenantId here = currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant"));
        boolean overseer = context.isCallerInRole(Roles.HQ_ANALYST) || context.isCallerInRole(Roles.NETWORK_COORDINATOR);
        String wanted = centre == null || centre.isBlank() ? here.value() : centre;
        if (!overseer && !wanted.equals(here.value())) {
            throw DomainException.notFound("センター", "Centre");
        }
        return tenants.findActive(wanted).filter(t -> t.city().equals(tenants.cityOf(here)))
                .orElseThrow(() -> DomainException.notFound("センター", "Centre"));
    }
}
