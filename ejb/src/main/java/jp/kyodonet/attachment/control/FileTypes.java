package jp.kyodonet.attachment.control;

import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The type of an uploaded file, found in its first bytes by Apache Tika's magic numbers (its name only narrows a
 * container: a ZIP named .docx is a Word document). Only the kinds a centre keeps are accepted (documents, sheets,
 * slides, PDF, pictures, text); an executable, a script or an archive is refused whatever its name, and so is a
 * file whose content is not what its name says.
 */
public final class FileTypes {

    /** The field the person chose the file with, as errors name it. */
    public static final String FIELD = "file";

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final Detector DETECTOR = TYPES;
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** Accepted types and how a person calls them. */
    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG 画像"),
            Map.entry("image/jpeg", "JPEG 画像"),
            Map.entry("image/gif", "GIF 画像"),
            Map.entry("text/plain", "テキスト"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/msword", "Word 文書"),
            Map.entry("application/vnd.ms-excel", "Excel ブック"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文書"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel ブック"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument 文書"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument 表計算"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument プレゼンテーション"));

    private FileTypes() {
    }

    /** The kinds accepted, as a person reads them. */
    public static String acceptedText() {
        return "PDF、Word・Excel・PowerPoint（OpenDocument を含む）、画像（PNG・JPEG・GIF）、テキスト・CSV";
    }

    /**
     * The type of a file whose first {@code length} bytes are {@code head}, named {@code fileName}; refused (400,
     * naming the file) when it is not a kind a centre keeps or not what its name says.
     */
    public static String check(byte[] head, int length, String fileName) {
        MediaType found = detect(head, length, fileName);
        String type = found.getBaseType().toString();
        if (!ACCEPTED.containsKey(type)) {
            throw refused(describe(found), "this kind of file (" + type + ") cannot be attached");
        }
        MediaType named = detect(null, 0, fileName);
        if (!MediaType.OCTET_STREAM.equals(named) && !named.equals(found.getBaseType())
                && !REGISTRY.isSpecializationOf(found.getBaseType(), named)
                && !REGISTRY.isSpecializationOf(named, found.getBaseType())) {
            throw DomainException.invalidInput(List.of(new FieldError(FIELD, new Message(
                    "ファイルの中身（" + ACCEPTED.get(type) + "）が名前の拡張子と合いません。正しい名前で選び直してください",
                    "the file's content (" + type + ") does not match its name's extension"))));
        }
        return type;
    }

    private static String describe(MediaType type) {
        String t = type.getBaseType().toString();
        if (t.contains("msdownload") || t.contains("executable") || t.contains("elf") || t.contains("mach-o")
                || t.contains("x-sh") || t.contains("script") || t.contains("java")) {
            return "実行ファイルやスクリプト";
        }
        if (t.contains("zip") || t.contains("rar") || t.contains("7z") || t.contains("tar") || t.contains("gzip")) {
            return "圧縮ファイル";
        }
        return "この種類のファイル（" + t + "）";
    }

    private static DomainException refused(String what, String en) {
        return DomainException.invalidInput(List.of(new FieldError(FIELD, new Message(
                what + "は添付できません。添付できるのは " + acceptedText() + " です", en))));
    }

    private static MediaType detect(byte[] head, int length, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return DETECTOR.detect(head == null ? null : new ByteArrayInputStream(head, 0, length), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
