package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Network requests for the tests. */
public final class Network {

    private Network() {
    }

    public static String caseBody(String title, boolean redactionConfirmed) {
        return Json.createObjectBuilder().add("title", title).add("theme", "自治会町内会とNPOの協働")
                .add("fields", Json.createArrayBuilder().add("CIVIC_AND_COMMUNITY"))
                .add("sectors", Json.createArrayBuilder().add("NEIGHBOURHOOD_ASSOCIATION").add("NPO"))
                .add("whatWasDone", "町内会の防災訓練にNPOが子ども向けプログラムを持ち込んだ")
                .add("whatWorked", "顔の見える関係ができた").add("whatWasHard", "日程調整")
                .add("contacts", "NPO法人テスト 045-000-0000").add("contactsConsent", false)
                .add("redactionConfirmed", redactionConfirmed).build().toString();
    }

    /** A case of {@code staff}'s centre, submitted, approved and published by {@code manager}; returns it. */
    public static JsonObject published(String staff, String manager, String title, boolean toPublic) {
        Api.Reply written = Api.post("/network/cases", staff, caseBody(title, true));
        assertEquals(201, written.status(), written::toString);
        String id = written.json().getJsonObject("summary").getString("id");
        step(staff, id, "submit", 1, "");
        step(manager, id, "approve", 2, "");
        return step(manager, id, "publish", 3, "{\"public\":" + toPublic + "}");
    }

    public static JsonObject step(String token, String id, String step, long version, String body) {
        Api.Reply moved = Api.post("/network/cases/" + id + "/" + step, token, body, "If-Match", "\"" + version + "\"");
        assertEquals(200, moved.status(), moved::toString);
        return moved.json();
    }

    public static String meeting(String title, String date) {
        return Json.createObjectBuilder().add("title", title).add("date", date).add("start", "14:00").add("format", "HYBRID")
                .add("place", "市民協働推進センター").add("theme", "自治会町内会との協働").build().toString();
    }

    /** A meeting of the coordinator's plan; returns its id. */
    public static String schedule(String coordinator, String title, String date) {
        Api.Reply created = Api.post("/network/meetings", coordinator, meeting(title, date));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonObject("meeting").getString("id");
    }

    public static String attendance(Object... centreRoleCount) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < centreRoleCount.length; i += 3) {
            lines.add(Json.createObjectBuilder().add("centre", (String) centreRoleCount[i])
                    .add("role", (String) centreRoleCount[i + 1]).add("attendees", (Integer) centreRoleCount[i + 2]));
        }
        return Json.createObjectBuilder().add("lines", lines).build().toString();
    }
}
