package jp.kyodonet.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body the resources take as a {@link JsonObject}, and refuses what is not one with a 400
 * problem naming why, before any resource runs: more than {@value #LIMIT} bytes (413), bytes that are not UTF-8,
 * text that is not JSON, JSON nested deeper than {@value #DEPTH} levels, and a JSON value that is not an object (an
 * array, a string, a number, true/false/null). Without it, a non-object or a deeply nested body fell through to an
 * internal error (found by the body fuzzer, BodyFuzzIT). An empty body reads as an empty object, as the actions that
 * take an optional body expect.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    /** The largest JSON body taken: the biggest real form (an evaluation sheet) is a few kilobytes. */
    static final int LIMIT = 1_000_000;
    static final int DEPTH = 64;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", DEPTH));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            entity.skip(Long.MAX_VALUE); // read the rest, so that the answer reaches a client still sending
            throw new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, new Message(
                    "リクエスト本文が大きすぎます（上限 1MB）", "The request body is too large (limit 1 MB)"), List.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("本文が UTF-8 の文字として読めません", "The body is not valid UTF-8");
        }
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw refused("本文を JSON として読めません", "The request body is not valid JSON");
        } catch (RuntimeException e) { // Parsson's depth limit ("Input is too deeply nested")
            throw refused("JSON の入れ子が深すぎます（上限 " + DEPTH + " 段）", "The JSON is nested too deeply (limit " + DEPTH + ")");
        }
        if (!(value instanceof JsonObject object)) {
            throw refused("本文は JSON オブジェクト（{ … }）にしてください", "The body must be a JSON object ({ … })");
        }
        return object;
    }

    private static DomainException refused(String ja, String en) {
        return DomainException.invalidInput(List.of(new FieldError("body", new Message(ja, en))));
    }
}
