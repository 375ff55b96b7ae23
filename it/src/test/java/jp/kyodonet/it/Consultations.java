package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consultation requests and reads for the tests. */
public final class Consultations {

    private Consultations() {
    }

    /** A valid new-consultation body; {@code change} adjusts it. */
    public static String intake(String summary, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("receivedOn", LocalDate.now().minusDays(1).toString())
                .add("channel", "COUNTER")
                .add("requesterKind", "CIVIC_GROUP")
                .add("requesterName", "テスト太郎")
                .add("requesterContact", "taro@example.jp")
                .add("track", "CIVIC_ACTIVITY")
                .add("topics", Json.createArrayBuilder().add("ACCOUNTING"))
                .add("summary", summary);
        change.accept(body);
        return body.build().toString();
    }

    public static String intake(String summary) {
        return intake(summary, b -> { });
    }

    /** Creates a consultation and returns it as the API answered. */
    public static JsonObject create(String token, String summary) {
        Api.Reply reply = Api.post("/consultations", token, intake(summary));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /**
     * Creates a consultation with {@code staff} and has {@code manager} (same centre) assign it to the
     * staff member; returns it as assigned (version 2).
     */
    public static JsonObject createAssigned(String staff, String manager, String summary) {
        String id = create(staff, summary).getString("id");
        Api.Reply reply = Api.post("/consultations/" + id + "/assignment", manager,
                "{\"assigneeSubject\":\"" + Staff.signIn(staff) + "\"}", "If-Match", "\"1\"");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Every id in the caller's consultation list (all pages). */
    public static Set<String> allIds(String token) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = Api.get("/consultations?size=100&page=" + page, token);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject body = reply.json();
            body.getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getString("id")));
            if ((long) (page + 1) * 100 >= body.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }

    public static long total(String token) {
        Api.Reply reply = Api.get("/consultations?size=1", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }
}
