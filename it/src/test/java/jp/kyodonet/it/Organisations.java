package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisation requests for the tests. */
public final class Organisations {

    public static final String REQUIREMENTS_MET =
            "{\"confirmed\":[\"NON_PROFIT\",\"AUTONOMOUS\",\"PUBLIC_BENEFIT\"]}";

    private Organisations() {
    }

    public static String application(String name, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("name", name)
                .add("legalForm", "VOLUNTARY_GROUP")
                .add("representative", "代表 花子")
                .add("contact", "hanako@example.jp")
                .add("ward", "緑区")
                .add("activityFields", Json.createArrayBuilder().add("ENVIRONMENT").add("CHILDREN_AND_YOUTH"))
                .add("mailingConsent", true);
        change.accept(body);
        return body.build().toString();
    }

    public static JsonObject apply(String token, String name) {
        return applyWith(token, application(name, b -> { }));
    }

    public static JsonObject applyWith(String token, String body) {
        Api.Reply reply = Api.post("/organisations", token, body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** Applies, records the hearing and registers (on {@code registeredOn}, or today when null). */
    public static JsonObject registered(String token, String name, String appliedOn, String registeredOn) {
        String id = applyWith(token, application(name, b -> {
            if (appliedOn != null) {
                b.add("appliedOn", appliedOn);
            }
        })).getString("id");
        String path = "/organisations/" + id;
        Api.Reply hearing = Api.post(path + "/hearing", token, "{\"collaboration\":\"学校と組みたい\"}", "If-Match", "\"1\"");
        assertEquals(200, hearing.status(), hearing::toString);
        String body = registeredOn == null ? REQUIREMENTS_MET
                : REQUIREMENTS_MET.replace("}", ",\"registeredOn\":\"" + registeredOn + "\"}");
        Api.Reply registered = Api.post(path + "/registration", token, body, "If-Match", "\"2\"");
        assertEquals(200, registered.status(), registered::toString);
        return registered.json();
    }
}
