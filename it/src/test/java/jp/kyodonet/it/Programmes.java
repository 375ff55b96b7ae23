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
        return session(title, date, "19:00", "21:00", capacity);
    }

    public static String session(String title, LocalDate date, String start, String end, int capacity) {
        return Json.createObjectBuilder().add("title", title).add("date", date.toString()).add("start", start)
                .add("end", end).add("placeKind", "ONLINE").add("capacity", capacity).build().toString();
    }

    /** A fresh registrant's e-mail address (their own mailbox on the test mail server). */
    public static String freshAddress(String who) {
        return who + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@public.kyodo.example";
    }

    /** Registers a person publicly for the first session of {@code programme}. */
    public static Api.Reply registerPublicly(String centre, JsonObject programme, String name, String contact) {
        return Api.post("/public/programmes/" + centre + "/" + programme.getString("id") + "/sessions/"
                + programme.getJsonArray("sessions").getJsonObject(0).getString("id") + "/registrations", null,
                person(name, contact));
    }

    /** Marks exactly these registrations (by contact) present at the programme's first session. */
    public static void present(String token, JsonObject programme, String... contacts) {
        String session = programme.getJsonArray("sessions").getJsonObject(0).getString("id");
        var ids = Json.createArrayBuilder();
        for (var r : Api.get("/programmes/sessions/" + session + "/registrations", token).jsonArray()) {
            if (java.util.List.of(contacts).contains(r.asJsonObject().getString("contact"))) {
                ids.add(r.asJsonObject().getString("id"));
            }
        }
        Api.Reply marked = Api.put("/programmes/sessions/" + session + "/attendance", token,
                Json.createObjectBuilder().add("present", ids).build().toString());
        assertEquals(200, marked.status(), marked::toString);
    }

    public static String person(String name, String contact) {
        return Json.createObjectBuilder().add("name", name).add("contact", contact).add("participantBaseConsent", true)
                .build().toString();
    }

    /** A programme of {@code token}'s centre, recruiting, with one online session; returns the programme. */
    public static JsonObject recruiting(String token, String name, int fiscalYear, LocalDate date, int capacity) {
        return recruiting(token, name, fiscalYear, date, "19:00", "21:00", capacity);
    }

    /** As {@link #recruiting}, the session from {@code start} to {@code end} (today 00:00-00:01: one that is over). */
    public static JsonObject recruiting(String token, String name, int fiscalYear, LocalDate date, String start,
                                        String end, int capacity) {
        Api.Reply planned = Api.post("/programmes", token, programme(name, fiscalYear));
        assertEquals(201, planned.status(), planned::toString);
        String id = planned.json().getString("id");
        Api.Reply session = Api.post("/programmes/" + id + "/sessions", token,
                session(name + " 第1回", date, start, end, capacity));
        assertEquals(201, session.status(), session::toString);
        Api.Reply advanced = Api.post("/programmes/" + id + "/advance", token, "", "If-Match", "\"1\"");
        assertEquals(200, advanced.status(), advanced::toString);
        return advanced.json();
    }
}
