package jp.kyodonet.web.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Printable A4 documents (reports, meeting materials): lines and table rows written down the page, a new
 * page when one is full or asked for, with IPAex Gothic embedded as a subset (web/src/main/resources/fonts,
 * IPA Font License), so Japanese prints on any reader and its text can be searched and copied.
 */
public final class PdfPages implements AutoCloseable {

    private static final String FONT = "/fonts/ipaexg.ttf";
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static volatile byte[] fontBytes;

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    public PdfPages() throws IOException {
        document = new PDDocument();
        font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
        newPage();
    }

    /** Starts a new page. */
    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    public void gap(float points) {
        y -= points;
    }

    /** A line of text at {@code size} points, {@code x} points in from the margin. */
    public void text(String text, float size, float x) throws IOException {
        if (y - size < MARGIN) {
            newPage();
        }
        y -= size * 1.4f;
        show(fit(text, size, WIDTH - x), size, MARGIN + x, y);
    }

    /** A paragraph wrapped to the page's width (Japanese breaks anywhere; no hyphenation). */
    public void paragraph(String text, float size) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String next = line + Character.toString(cp);
            if (!line.isEmpty() && widthOf(next, size) > WIDTH) {
                text(line.toString(), size, 0);
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        }
        if (!line.isEmpty()) {
            text(line.toString(), size, 0);
        }
    }

    private float widthOf(String text, float size) throws IOException {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IllegalArgumentException notInFont) {
            return text.codePointCount(0, text.length()) * size;
        }
    }

    /** A table row: cells starting at the given offsets, ruled below (bold rule for headers and totals). */
    public void row(String[] cells, float[] at, boolean bold) throws IOException {
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

    /** The finished document. */
    public byte[] bytes() throws IOException {
        stream.close();
        stream = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        document.close();
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font " + FONT + " is not in the application");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
