package jp.kyodonet.web.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kyodonet.kpi.boundary.KpiDashboards;
import jp.kyodonet.platform.csv.Csv;

/** The dashboards as CSV files (UTF-8 with BOM and CRLF, so Excel opens the Japanese text). */
final class KpiFiles {

    private KpiFiles() {
    }

    /** Committee paper: one row per indicator, the city to date, last year's same period, then each centre. */
    static String summaryCsv(KpiDashboards.Summary summary) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> head = new ArrayList<>(List.of("指標コード", "指標", "単位", "年度", "対象月数", "市全体", "前年同期"));
        head.addAll(summary.centreNames());
        out.append(Csv.line(head));
        for (KpiDashboards.SummaryRow row : summary.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.indicator().code(), row.indicator().ja(),
                    row.indicator().unit().name(), summary.label(), String.valueOf(summary.monthsToDate()),
                    text(row.city()), text(row.cityLastYear())));
            row.centres().forEach(v -> cells.add(text(v)));
            out.append(Csv.line(cells));
        }
        return out.toString();
    }

    /** Open data: one row per indicator and month (month 0: the fiscal year to the last month that is over). */
    static String openDataCsv(KpiDashboards.OpenData data) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Csv.line(List.of("年度", "月", "指標コード", "指標", "Indicator", "単位", "値")));
        for (KpiDashboards.OpenDataRow row : data.indicators()) {
            out.append(Csv.line(List.of(String.valueOf(data.fiscalYear()), "年度計", row.indicator().code(),
                    row.indicator().ja(), row.indicator().en(), row.indicator().unit().name(), text(row.value()))));
            for (int m = 0; m < row.months().size(); m++) {
                if (row.months().get(m) == null && m >= data.monthsCovered()) {
                    continue;
                }
                int calendar = (m + 3) % 12 + 1;
                out.append(Csv.line(List.of(String.valueOf(data.fiscalYear()), calendar + "月", row.indicator().code(),
                        row.indicator().ja(), row.indicator().en(), row.indicator().unit().name(),
                        text(row.months().get(m)))));
            }
        }
        return out.toString();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
