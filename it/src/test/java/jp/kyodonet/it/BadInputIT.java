package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets a 400 problem naming the field, and writes nothing. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private final String staff = Tokens.of("kanagawa", "centre-staff");
    private long before;

    @BeforeEach
    void countBefore() {
        before = Consultations.total(staff);
    }

    @AfterEach
    void nothingWasWritten() {
        assertEquals(before, Consultations.total(staff), "the row count is unchanged");
    }

    private static void assertProblem(Api.Reply reply, int status, String... fields) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("titleEn"), "bilingual: " + problem);
        assertTrue(reply.problemFields().containsAll(List.of(fields)), "names " + List.of(fields) + ": " + reply);
    }

    @Test
    void malformedJsonIs400() {
        Api.Reply reply = Api.post("/consultations", staff, "{\"receivedOn\": \"2026-");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String body = Consultations.intake("x", b -> b.remove("requesterName"));
        assertProblem(Api.post("/consultations", staff, body), 400, "requesterName");
    }

    @Test
    void tenThousandCharacterFieldIsNamed() {
        String body = Consultations.intake("あ".repeat(10_000));
        assertProblem(Api.post("/consultations", staff, body), 400, "summary");
    }

    @Test
    void unknownEnumValueIsNamed() {
        String body = Consultations.intake("x", b -> b.add("channel", "FAX"));
        assertProblem(Api.post("/consultations", staff, body), 400, "channel");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        String body = Consultations.intake("", b -> b.add("topics", jakarta.json.Json.createArrayBuilder().add("GOSSIP")).add("receivedOn", "yesterday").add("colour", "red"));
        assertProblem(Api.post("/consultations", staff, body), 400, "summary", "topics", "receivedOn", "colour");
    }

    @Test
    void wrongJsonTypeIsNamed() {
        String body = Consultations.intake("x", b -> b.add("requesterName", 42));
        assertProblem(Api.post("/consultations", staff, body), 400, "requesterName");
    }

    @Test
    void futureDateIsRefused() {
        String body = Consultations.intake("x", b -> b.add("receivedOn", LocalDate.now().plusDays(30).toString()));
        assertProblem(Api.post("/consultations", staff, body), 400, "receivedOn");
    }

    @Test
    void wrongContentTypeIs415() {
        Api.Reply reply = Api.send("POST", "/consultations", staff, "text/plain", "hello");
        assertProblem(reply, 415);
    }

    @Test
    void badQueryParametersAreNamed() {
        assertProblem(Api.get("/consultations?status=MAYBE&fiscalYear=abc&size=1000", staff), 400,
                "status", "fiscalYear", "size");
    }

    @Test
    void invalidUpdateChangesNothing() {
        JsonObject created = Consultations.create(staff, "変更されない相談");
        before = Consultations.total(staff);
        String path = "/consultations/" + created.getString("id");
        String tooLong = Consultations.intake("x", b -> b.add("requesterName", "長".repeat(101)));
        assertProblem(Api.put(path, staff, tooLong, "If-Match", "\"1\""), 400, "requesterName");
        JsonObject after = Api.get(path, staff).json();
        assertEquals(1, after.getInt("version"));
        assertEquals("テスト太郎", after.getString("requesterName"));
    }

    @Test
    void unknownPathAnswersProblem() {
        Api.Reply reply = Api.get("/no-such-thing", staff);
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsNamedNotAnInternalError() {
        for (String body : List.of("null", "[]", "\"text\"", "42", "true")) {
            assertProblem(Api.post("/consultations", staff, body), 400, "body");
        }
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        assertProblem(Api.post("/consultations", staff, "[".repeat(100_000) + "]".repeat(100_000)), 400, "body");
        String nested = Consultations.intake("x", b -> b.add("summary", "@@"))
                .replace("\"@@\"", "[".repeat(2_000) + "]".repeat(2_000));
        assertProblem(Api.post("/consultations", staff, nested), 400, "body");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = Consultations.intake("壊れた文字").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("summary") + 11;
        body[at] = (byte) 0xFF;
        assertProblem(Api.sendBytes("POST", "/consultations", staff, "application/json", body, List.of()), 400, "body");
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        Api.Reply reply = Api.post("/consultations", staff, Consultations.intake("大".repeat(400_000)));
        assertProblem(reply, 413);
    }
}
