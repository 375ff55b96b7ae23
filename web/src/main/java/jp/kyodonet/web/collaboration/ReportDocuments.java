package jp.kyodonet.web.collaboration;

import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.entity.CollaborationVocabulary;
import jp.kyodonet.platform.csv.Csv;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The ordinance report as files: CSV (UTF-8 with BOM, CRLF, for Excel) and a printable A4 PDF with the
 * IPAex Gothic font embedded (subset), so Japanese prints on any reader.
 */
final class ReportDocuments {

    private static final String FONT = "/fonts/ipaexg.ttf";
    private static volatile byte[] fontBytes;

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
        out.append(Csv.line(List.of("類型別の協働契約", "類型", "件数", "金額（円）")));
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
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
            Writer writer = new Writer(document, font);
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
            writer.text("2. 類型別の協働契約", 12, 0);
            writer.row(new String[] {"類型", "件数", "金額（円）"}, new float[] {0, 330, 390}, true);
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
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the report PDF could not be written", e);
        }
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = ReportDocuments.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font " + FONT + " is not in the application");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }

    /** Writes lines down A4 pages, starting a new page when one is full. */
    private static final class Writer {

        private static final float MARGIN = 50;
        private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
        private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, float x) throws IOException {
            if (y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            show(fit(text, size, WIDTH - x), size, MARGIN + x, y);
        }

        void row(String[] cells, float[] at, boolean bold) throws IOException {
            float size = 9.5f;
            if (y - size * 1.6f < MARGIN) {
                newPage();
            }
            y -= size * 1.6f;
            for (int i = 0; i < cells.length; i++) {
                float width = (i + 1 < at.length ? at[i + 1] : WIDTH) - at[i] - 6;
                show(fit(cells[i] == null ? "" : cells[i], size, width), size, MARGIN + at[i], y);
            }
            stream.setLineWidth(bold ? 0.8f : 0.3f);
            stream.moveTo(MARGIN, y - 3.5f);
            stream.lineTo(MARGIN + WIDTH, y - 3.5f);
            stream.stroke();
        }

        private void show(String text, float size, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        /** The text, shortened with … to fit {@code width}; characters the font lacks become 〓. */
        private String fit(String text, float size, float width) throws IOException {
            StringBuilder printable = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                String one = Character.toString(cp);
                try {
                    font.encode(one);
                    printable.append(one);
                } catch (IllegalArgumentException notInFont) {
                    printable.append('〓');
                }
            }
            String out = printable.toString();
            if (font.getStringWidth(out) / 1000 * size <= width) {
                return out;
            }
            while (!out.isEmpty() && font.getStringWidth(out + "…") / 1000 * size > width) {
                out = out.substring(0, out.length() - 1);
            }
            return out + "…";
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
