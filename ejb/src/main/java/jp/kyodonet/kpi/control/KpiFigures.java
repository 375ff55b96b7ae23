package jp.kyodonet.kpi.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodonet.kpi.entity.Indicator;

/**
 * Indicator values made from KPI facts, for one centre or any set of centres, over a span of fiscal months:
 * counts summed, a stock read at the span's last month, rates and ratios divided from the summed numerators
 * and denominators, medians taken again over the merged distribution. Never an average of centres' rates.
 */
public final class KpiFigures {

    /** One stored fact row. */
    public record Fact(String tenant, int fiscalYear, int month, String code, String dim, BigDecimal value) {
    }

    private record SeriesKey(String tenant, int fiscalYear, String code) {
    }

    /** A centre's values of one indicator in one fiscal year: per month (0: the year) and per breakdown. */
    private static final class Series {
        final BigDecimal[] months = new BigDecimal[13];
        final Map<String, BigDecimal[]> byDim = new HashMap<>();

        void add(int month, String dim, BigDecimal value) {
            months[month] = months[month] == null ? value : months[month].add(value);
            BigDecimal[] d = byDim.computeIfAbsent(dim, k -> new BigDecimal[13]);
            d[month] = d[month] == null ? value : d[month].add(value);
        }
    }

    private final Map<SeriesKey, Series> series = new HashMap<>();

    public KpiFigures(Collection<Fact> facts) {
        for (Fact f : facts) {
            series.computeIfAbsent(new SeriesKey(f.tenant(), f.fiscalYear(), f.code()), k -> new Series())
                    .add(f.month(), f.dim(), f.value());
        }
    }

    /**
     * The value of {@code indicator} for {@code tenants} in {@code fiscalYear}, fiscal months {@code from} to
     * {@code to} (1 = April); null where there is nothing to divide or take a median of, or the span is empty.
     */
    public BigDecimal value(Indicator indicator, Collection<String> tenants, int fiscalYear, int from, int to) {
        if (to < from && indicator.period() != Indicator.Period.YEAR) {
            return null;
        }
        return switch (indicator.aggregation()) {
            case SUM -> sum(indicator.code(), indicator.period(), tenants, fiscalYear, from, to, null);
            case RATE, RATIO -> divide(indicator, tenants, fiscalYear, from, to, null);
            case MEDIAN -> median(indicator.code(), tenants, fiscalYear, from, to);
        };
    }

    /** The value per breakdown ({@code dim}, e.g. per room) of a summed indicator or a rate of summed ones. */
    public Map<String, BigDecimal> byDim(Indicator indicator, Collection<String> tenants, int fiscalYear, int from, int to) {
        Map<String, BigDecimal> result = new TreeMap<>();
        if (indicator.aggregation() == Indicator.Aggregation.MEDIAN || to < from) {
            return result;
        }
        String code = indicator.numerator() == null ? indicator.code() : indicator.numerator();
        String base = indicator.denominator();
        java.util.Set<String> dims = new java.util.TreeSet<>();
        for (String tenant : tenants) {
            for (String c : base == null ? List.of(code) : List.of(code, base)) {
                Series s = series.get(new SeriesKey(tenant, fiscalYear, c));
                if (s != null) {
                    dims.addAll(s.byDim.keySet());
                }
            }
        }
        dims.remove("");
        for (String dim : dims) {
            BigDecimal v = indicator.aggregation() == Indicator.Aggregation.SUM
                    ? sum(code, indicator.period(), tenants, fiscalYear, from, to, dim)
                    : divide(indicator, tenants, fiscalYear, from, to, dim);
            result.put(dim, v);
        }
        return result;
    }

    private BigDecimal sum(String code, Indicator.Period period, Collection<String> tenants, int fiscalYear, int from, int to,
                           String dim) {
        BigDecimal total = BigDecimal.ZERO;
        for (String tenant : tenants) {
            Series s = series.get(new SeriesKey(tenant, fiscalYear, code));
            if (s == null) {
                continue;
            }
            BigDecimal[] values = dim == null ? s.months : s.byDim.get(dim);
            if (values == null) {
                continue;
            }
            switch (period) {
                case YEAR -> total = plus(total, values[0]);
                case SNAPSHOT -> total = plus(total, values[to]);
                case MONTH -> {
                    for (int m = from; m <= to; m++) {
                        total = plus(total, values[m]);
                    }
                }
            }
        }
        return total;
    }

    private BigDecimal divide(Indicator indicator, Collection<String> tenants, int fiscalYear, int from, int to, String dim) {
        BigDecimal numerator = sum(indicator.numerator(), indicator.period(), tenants, fiscalYear, from, to, dim);
        BigDecimal denominator = sum(indicator.denominator(), indicator.period(), tenants, fiscalYear, from, to, dim);
        if (denominator.signum() == 0) {
            return null;
        }
        return indicator.aggregation() == Indicator.Aggregation.RATE
                ? numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP)
                : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** The median of the merged distribution (the breakdown is the value, the fact its count). */
    private BigDecimal median(String code, Collection<String> tenants, int fiscalYear, int from, int to) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (String tenant : tenants) {
            Series s = series.get(new SeriesKey(tenant, fiscalYear, code));
            if (s == null) {
                continue;
            }
            for (Map.Entry<String, BigDecimal[]> e : s.byDim.entrySet()) {
                for (int m = from; m <= to; m++) {
                    if (e.getValue()[m] != null) {
                        counts.merge(Integer.valueOf(e.getKey()), e.getValue()[m].longValue(), Long::sum);
                    }
                }
            }
        }
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer lower = nth(counts, (n - 1) / 2);
        Integer upper = nth(counts, n / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static Integer nth(TreeMap<Integer, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index beyond the distribution");
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b == null ? a : a.add(b);
    }
}
