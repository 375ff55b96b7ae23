package jp.kyodonet.web.collaboration;

import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.control.OrdinanceReport;
import jp.kyodonet.collaboration.entity.CollaborationVocabulary;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.platform.csv.Csv;
import jp.kyodonet.web.platform.PdfPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordinance report (市民協働の取組状況) as files: CSV (UTF-8 with BOM, CRLF, for Excel) and a printable A4 PDF
 * ({@link PdfPages}: Japanese font embedded), in the order of the published report: section 2 from the closed survey
 * of 区局 (projects, contracts by 第9条/第10条, the contract list, the contract forms), then the 資料編 (projects by
 * field, the lists by ward and by bureau), proposals and published evaluation sheets.
 */
final class ReportDocuments {

    private static final float[] FIELD_COLUMNS = {0, 330, 390, 450};
    private static final float[] LIST_COLUMNS = {0, 30, 90, 370, 460};
    private static final float[] FORM_COLUMNS = {0, 120, 190, 260, 380};

    private ReportDocuments() {
    }

    static String title(Views.Report report) {
        return report.title();
    }

    static String proposer(Origin origin) {
        return origin == Origin.ARTICLE_10 ? "市民等" : "横浜市";
    }

    static String form(OrdinanceReport.FormLine line) {
        return line.form() == null ? "形態の回答なし" : CollaborationVocabulary.label(line.form()).ja();
    }

    static byte[] csv(Views.Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Csv.line(List.of(title(report))));
        OrdinanceReport.Section2 s = report.section2();
        if (s != null) {
            out.append(Csv.line(List.of("2 市民協働の取組状況", "区役所所管", "局所管", "計")));
            out.append(Csv.line(List.of("市民協働事業", n(s.projects().ward()), n(s.projects().bureau()), n(s.projects().total()))));
            out.append(Csv.line(List.of("協働契約を締結した事業", "事業数", "件数")));
            out.append(Csv.line(List.of("全協働契約事業", n(s.contracted().projects()), n(s.contracted().contracts()))));
            out.append(Csv.line(List.of("条例第9条 横浜市の発意", n(s.byCity().projects()), n(s.byCity().contracts()))));
            out.append(Csv.line(List.of("条例第10条 市民等の提案", n(s.byCitizens().projects()), n(s.byCitizens().contracts()))));
            out.append(Csv.line(List.of("協働契約を締結した市民協働事業一覧", "番号", "事業提案者", "事業名", "担当区局", "件数")));
            for (OrdinanceReport.ContractListLine l : s.contractList()) {
                out.append(Csv.line(List.of("", n(l.number()), proposer(l.origin()), l.name(), l.office(), n(l.contracts()))));
            }
            out.append(Csv.line(List.of("協働契約の形態", "契約形態", "事業数", "件数", "事業費（円）", "事業費の回答なし（事業）")));
            for (OrdinanceReport.FormLine f : s.forms()) {
                out.append(Csv.line(List.of("", form(f), n(f.projects()), n(f.contracts()), n(f.amount()), n(f.withoutAmount()))));
            }
        } else {
            out.append(Csv.line(List.of("2 市民協働の取組状況", surveyNote(report))));
        }
        out.append(Csv.line(List.of("資料編 (1) 分野別の協働事業数", "分野", "区", "局", "計")));
        for (Views.FieldLine f : report.fields()) {
            out.append(Csv.line(List.of("", f.number() + " " + f.labelJa(), n(f.projects().ward()),
                    n(f.projects().bureau()), n(f.projects().total()))));
        }
        out.append(Csv.line(List.of("", "合計", n(report.totals().ward()), n(report.totals().bureau()),
                n(report.totals().total()))));
        for (Views.Note note : report.notes()) {
            out.append(Csv.line(List.of("注", note.ja())));
        }
        out.append(Csv.line(List.of("協働契約を締結した事業（事業の記録）", "", n(report.projectsWithContract().ward()),
                n(report.projectsWithContract().bureau()), n(report.projectsWithContract().total()))));
        for (OrdinanceReport.OfficeList list : report.lists()) {
            for (OrdinanceReport.ListedProject p : list.projects()) {
                out.append(Csv.line(List.of(list.kind() == OwnerKind.WARD ? "資料編 (2) 区役所所管の協働事業" : "資料編 (3) 局所管の協働事業",
                        list.office(), p.name(), p.division())));
            }
        }
        out.append(Csv.line(List.of("本システムで管理する協働契約", "契約形態", "件数", "金額（円）")));
        for (Views.ContractLine c : report.contracts()) {
            out.append(Csv.line(List.of("", c.labelJa(), n(c.contracts()), n(c.amount()))));
        }
        out.append(Csv.line(List.of("協働提案", "受付", n(report.proposalsReceived()))));
        out.append(Csv.line(List.of("協働提案", "採択", n(report.proposalsAdopted()))));
        out.append(Csv.line(List.of("公表した相互評価", "件数", n(report.published().size()))));
        for (Views.PublishedLine p : report.published()) {
            out.append(Csv.line(List.of("", p.projectName(), p.ownerName(),
                    CollaborationVocabulary.label(p.contractType()).ja(), p.partner())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What section 2 says when the year's survey is not closed. */
    static String surveyNote(Views.Report report) {
        return switch (report.surveyStatus()) {
            case "OPEN" -> "区局への照会を集計中です（締切後に掲載します）";
            default -> "この年度の区局への照会の記録はありません";
        };
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    static byte[] pdf(Views.Report report, LocalDate today) {
        try (PdfPages writer = new PdfPages()) {
            writer.text(title(report), 14, 0);
            writer.gap(6);
            writer.text("作成日 " + today + "　（記録から集計。合計は各行の和）", 8.5f, 0);
            writer.gap(10);
            writer.text("2 市民協働の取組状況", 12, 0);
            OrdinanceReport.Section2 s = report.section2();
            if (s == null) {
                writer.text(surveyNote(report), 9.5f, 0);
            } else {
                writer.paragraph(report.fiscalYearLabel() + "において、市民の皆様と本市が市民協働により取り組んだ事業は、"
                        + s.projects().total() + "事業です。（区役所所管" + s.projects().ward() + "事業、局所管" + s.projects().bureau()
                        + "事業）", 9.5f);
                writer.paragraph("このうち、条例第12条の規定により協働契約を締結した事業は、" + s.contracted().projects() + "事業（"
                        + s.contracted().contracts() + "件）あり、条例第9条の横浜市の発意により実施した事業が" + s.byCity().projects()
                        + "事業（" + s.byCity().contracts() + "件）、条例第10条の市民の皆様からの提案により実施した事業が"
                        + s.byCitizens().projects() + "事業（" + s.byCitizens().contracts() + "件）です。", 9.5f);
                writer.gap(6);
                writer.text("＜協働契約を締結した市民協働事業一覧＞ 全協働契約事業 " + s.contracted().projects() + "事業（"
                        + s.contracted().contracts() + "件）", 10, 0);
                writer.row(new String[] {"番号", "事業提案者", "事業名", "担当区局", "件数"}, LIST_COLUMNS, true);
                for (OrdinanceReport.ContractListLine l : s.contractList()) {
                    writer.row(new String[] {n(l.number()), proposer(l.origin()), l.name(), l.office(), l.contracts() + "件"},
                            LIST_COLUMNS, false);
                }
                writer.row(new String[] {"", "合計", "", "", s.contracted().contracts() + "件"}, LIST_COLUMNS, true);
                writer.gap(8);
                writer.text("協働契約の形態", 10, 0);
                writer.row(new String[] {"契約形態", "事業数", "件数", "事業費（円）", "事業費の回答なし"}, FORM_COLUMNS, true);
                for (OrdinanceReport.FormLine f : s.forms()) {
                    writer.row(new String[] {form(f), n(f.projects()), n(f.contracts()), String.format("%,d", f.amount()),
                            f.withoutAmount() + "事業"}, FORM_COLUMNS, false);
                }
            }
            writer.gap(12);
            writer.text("資料編 (1) 分野ごとの事業数", 12, 0);
            writer.row(new String[] {"分野", "区", "局", "合計"}, FIELD_COLUMNS, true);
            for (Views.FieldLine f : report.fields()) {
                writer.row(new String[] {f.number() + " " + f.labelJa(), n(f.projects().ward()), n(f.projects().bureau()),
                        n(f.projects().total())}, FIELD_COLUMNS, false);
            }
            writer.row(new String[] {"合計", n(report.totals().ward()), n(report.totals().bureau()),
                    n(report.totals().total())}, FIELD_COLUMNS, true);
            for (Views.Note note : report.notes()) {
                writer.paragraph("注: " + note.ja(), 8.5f);
            }
            for (OwnerKind kind : List.of(OwnerKind.WARD, OwnerKind.BUREAU)) {
                List<OrdinanceReport.OfficeList> lists = new ArrayList<>(report.lists().stream().filter(l -> l.kind() == kind).toList());
                if (lists.isEmpty()) {
                    continue;
                }
                long count = lists.stream().mapToLong(l -> l.projects().size()).sum();
                writer.gap(12);
                writer.text(kind == OwnerKind.WARD ? "資料編 (2) 区役所所管の協働事業（" + count + "事業）"
                        : "資料編 (3) 局所管の協働事業（" + count + "事業）", 12, 0);
                writer.row(new String[] {"区局", "事業名", "所管課"}, new float[] {0, 90, 380}, true);
                for (OrdinanceReport.OfficeList list : lists) {
                    for (OrdinanceReport.ListedProject p : list.projects()) {
                        writer.row(new String[] {list.office(), p.name(), p.division()}, new float[] {0, 90, 380}, false);
                    }
                }
            }
            writer.gap(12);
            writer.text("協働提案", 12, 0);
            writer.row(new String[] {"受付", n(report.proposalsReceived()), "採択", n(report.proposalsAdopted())},
                    new float[] {0, 120, 200, 320}, false);
            writer.gap(12);
            writer.text("公表した相互評価（" + report.published().size() + "件）", 12, 0);
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
