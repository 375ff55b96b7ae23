package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Programme requests for the tests. */
public final class Programmes {

    private Programmes() {
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(days);
    }

    public static String programme(String name, int fiscalYear) {
        return Json.createObjectBuilder().add("name", name).add("kind", "SEMINAR").add("audience", "市民")
                .add("plannedSessions", 2).add("fiscalYear", fiscalYear).build().toString();
    }

    public static String session(String title, LocalDate date, int capacity) {
        return Json.createObjectBuilder().add("title", title).add("date", date.toString()).add("start", "19:00")
                .add("end", "21:00").add("placeKind", "ONLINE").add("capacity", capacity).build().toString();
    }

    public static String person(String name, String contact) {
        return Json.createObjectBuilder().add("name", name).add("contact", contact).add("participantBaseConsent", true)
                .build().toString();
    }

    /** A programme of {@code token}'s centre, recruiting, with one online session; returns the programme. */
    public static JsonObject recruiting(String token, String name, int fiscalYear, LocalDate date, int capacity) {
        Api.Reply planned = Api.post("/programmes", token, programme(name, fiscalYear));
        assertEquals(201, planned.status(), planned::toString);
        String id = planned.json().getString("id");
        Api.Reply session = Api.post("/programmes/" + id + "/sessions", token, session(name + " 第1回", date, capacity));
        assertEquals(201, session.status(), session::toString);
        Api.Reply advanced = Api.post("/programmes/" + id + "/advance", token, "", "If-Match", "\"1\"");
        assertEquals(200, advanced.status(), advanced::toString);
        return advanced.json();
    }
}
