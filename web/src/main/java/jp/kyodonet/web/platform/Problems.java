package jp.kyodonet.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.util.List;

/**
 * RFC 9457 problem documents, Japanese first: {@code title} and {@code detail} in Japanese, {@code titleEn}
 * and {@code detailEn} in English, and {@code errors} naming each offending field.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObject body(int status, String type, Message title, Message detail, List<FieldError> errors,
                                  String instance) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "urn:kyodonet:problem:" + type)
                .add("title", title.ja())
                .add("status", status)
                .add("detail", detail.ja())
                .add("titleEn", title.en())
                .add("detailEn", detail.en());
        if (instance != null) {
            problem.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder()
                    .add("field", e.field())
                    .add("message", e.message().ja())
                    .add("messageEn", e.message().en())));
            problem.add("errors", list);
        }
        return problem.build();
    }

    public static Response response(int status, String type, Message title, Message detail, List<FieldError> errors,
                                    String instance) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, errors, instance).toString())
                .build();
    }

    public static Response unauthorized(Message detail, String instance) {
        return response(401, "unauthorized", new Message("認証が必要です", "Authentication required"), detail,
                List.of(), instance);
    }

    public static Response forbidden(Message detail, String instance) {
        return response(403, "forbidden", new Message("この操作の権限がありません", "Not allowed"), detail, List.of(),
                instance);
    }
}
