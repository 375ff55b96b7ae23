package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Space and booking requests for the tests. */
public final class Bookings {

    /** Open every day 09:00-21:00 (evenings included). */
    public static final String EVERY_DAY = "MON=09:00-21:00;TUE=09:00-21:00;WED=09:00-21:00;THU=09:00-21:00;"
            + "FRI=09:00-21:00;SAT=09:00-21:00;SUN=09:00-21:00";

    private Bookings() {
    }

    public static String room(String name, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "ROOM")
                .add("capacity", 30)
                .add("openingHours", EVERY_DAY)
                .add("slotMinutes", 30)
                .add("eligible", Json.createArrayBuilder().add("REGISTERED_ORGANISATION").add("CENTRE_INTERNAL"))
                .add("maxHoursPerDay", 3)
                .add("maxDaysAhead", 90)
                .add("approvalRequired", false);
        change.accept(body);
        return body.build().toString();
    }

    public static JsonObject createSpace(String manager, String body) {
        Api.Reply reply = Api.post("/spaces", manager, body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    public static String internal(String spaceId, LocalDate date, String start, String end,
                                  Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("spaceId", spaceId)
                .add("bookerKind", "CENTRE_INTERNAL")
                .add("bookerName", "センター主催講座")
                .add("purpose", "EVENT_SEMINAR")
                .add("date", date.toString())
                .add("start", start)
                .add("end", end)
                .add("headcount", 10);
        change.accept(body);
        return body.build().toString();
    }

    public static String forOrganisation(String spaceId, String organisationId, LocalDate date, String start, String end) {
        return internal(spaceId, date, start, end, b -> b.add("bookerKind", "REGISTERED_ORGANISATION")
                .add("organisationId", organisationId).add("purpose", "MEETING"));
    }
}
