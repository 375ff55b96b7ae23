package jp.kyodonet.web.platform;

import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Uploaded CSV files: not empty, at most 10 MB, decoded strictly in the charset their Content-Type names. */
public final class Uploads {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {
    }

    /** The text of an uploaded file in the charset its Content-Type names (UTF-8 when it names none). */
    public static String text(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message("ファイルが空です", "the file is empty"))));
        }
        if (body.length > MAX_BYTES) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message(
                    "ファイルが大きすぎます（上限 10 MB）", "the file is too large (10 MB at most)"))));
        }
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            try {
                String named = MediaType.valueOf(contentType).getParameters().get("charset");
                if (named != null) {
                    charset = Charset.forName(named.strip());
                }
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalidInput(List.of(new FieldError("Content-Type", new Message(
                        "文字コードが分かりません（UTF-8 か Shift_JIS を指定してください）", "unknown charset (use UTF-8 or Shift_JIS)"))));
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException wrong) {
            throw DomainException.invalidInput(List.of(new FieldError("file", new Message(
                    "ファイルが " + charset.name() + " として読めません。書き出したときの文字コードを Content-Type に指定してください。",
                    "the file is not valid " + charset.name() + "; send the charset the file was written in"))));
        }
    }
}
