package jp.kyodonet.web.collaboration;

import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.entity.CollaborationVocabulary;
import jp.kyodonet.platform.csv.Csv;
import jp.kyodonet.web.platform.PdfPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The ordinance report as files: CSV (UTF-8 with BOM, CRLF, for Excel) and a printable A4 PDF
 * ({@link PdfPages}: Japanese font embedded).
 */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static String title(Views.Report report) {
        return "横浜市市民協働条例第20条に基づく報告 " + report.fiscalYearLabel();
    }

    static byte[] csv(Views.Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Csv.line(List.of(title(report))));
        out.append(Csv.line(List.of("分野別の協働事業数", "分野", "区", "局", "計")));
        for (Views.FieldLine f : report.fields()) {
            out.append(Csv.line(List.of("", f.number() + " " + f.labelJa(), n(f.projects().ward()),
                    n(f.projects().bureau()), n(f.projects().total()))));
        }
        out.append(Csv.line(List.of("", "合計", n(report.totals().ward()), n(report.totals().bureau()),
                n(report.totals().total()))));
        out.append(Csv.line(List.of("協働契約を締結した事業", "", n(report.projectsWithContract().ward()),
                n(report.projectsWithContract().bureau()), n(report.projectsWithContract().total()))));
        out.append(Csv.line(List.of("契約形態別の協働契約", "契約形態", "件数", "金額（円）")));
        for (Views.ContractLine c : report.contracts()) {
            out.append(Csv.line(List.of("", c.labelJa(), n(c.contracts()), n(c.amount()))));
        }
        out.append(Csv.line(List.of("", "合計", n(report.contractsTotal()), n(report.contractAmountTotal()))));
        out.append(Csv.line(List.of("協働提案", "受付", n(report.proposalsReceived()))));
        out.append(Csv.line(List.of("協働提案", "採択", n(report.proposalsAdopted()))));
        out.append(Csv.line(List.of("公表した相互評価", "件数", n(report.published().size()))));
        for (Views.PublishedLine p : report.published()) {
            out.append(Csv.line(List.of("", p.projectName(), p.ownerName(),
                    CollaborationVocabulary.label(p.contractType()).ja(), p.partner())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    static byte[] pdf(Views.Report report, LocalDate today) {
        try (PdfPages writer = new PdfPages()) {
            writer.text(title(report), 15, 0);
            writer.gap(6);
            writer.text("作成日 " + today + "　（記録から集計。合計は各行の和）", 8.5f, 0);
            writer.gap(10);
            writer.text("1. 分野別の協働事業数", 12, 0);
            writer.row(new String[] {"分野", "区", "局", "計"}, new float[] {0, 330, 390, 450}, true);
            for (Views.FieldLine f : report.fields()) {
                writer.row(new String[] {f.number() + " " + f.labelJa(), n(f.projects().ward()), n(f.projects().bureau()),
                        n(f.projects().total())}, new float[] {0, 330, 390, 450}, false);
            }
            writer.row(new String[] {"合計", n(report.totals().ward()), n(report.totals().bureau()),
                    n(report.totals().total())}, new float[] {0, 330, 390, 450}, true);
            writer.row(new String[] {"うち協働契約を締結した事業", n(report.projectsWithContract().ward()),
                    n(report.projectsWithContract().bureau()), n(report.projectsWithContract().total())},
                    new float[] {0, 330, 390, 450}, false);
            writer.gap(12);
            writer.text("2. 契約形態別の協働契約", 12, 0);
            writer.row(new String[] {"契約形態", "件数", "金額（円）"}, new float[] {0, 330, 390}, true);
            for (Views.ContractLine c : report.contracts()) {
                writer.row(new String[] {c.labelJa(), n(c.contracts()), String.format("%,d", c.amount())},
                        new float[] {0, 330, 390}, false);
            }
            writer.row(new String[] {"合計", n(report.contractsTotal()), String.format("%,d", report.contractAmountTotal())},
                    new float[] {0, 330, 390}, true);
            writer.gap(12);
            writer.text("3. 協働提案", 12, 0);
            writer.row(new String[] {"受付", n(report.proposalsReceived()), "採択", n(report.proposalsAdopted())},
                    new float[] {0, 120, 200, 320}, false);
            writer.gap(12);
            writer.text("4. 公表した相互評価（" + report.published().size() + "件）", 12, 0);
            for (Views.PublishedLine p : report.published()) {
                writer.row(new String[] {p.projectName(), p.ownerName(), CollaborationVocabulary.label(p.contractType()).ja()},
                        new float[] {0, 330, 420}, false);
            }
            return writer.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report PDF could not be written", e);
        }
    }
}
