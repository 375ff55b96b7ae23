package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programmes: places and waiting lists under parallel registrations, attendance, surveys, figures, isolation. */
@ExtendWith(ArquillianExtension.class)
class ProgrammeIT {

    private static final String CENTRE = "tsurumi";
    private final String staff = Tokens.of(CENTRE, "centre-staff");
    private final String otherWard = Tokens.of("kohoku", "centre-manager");

    private static String publicPath(JsonObject programme) {
        return "/public/programmes/" + CENTRE + "/" + programme.getString("id");
    }

    private static String sessionOf(JsonObject programme) {
        return programme.getJsonArray("sessions").getJsonObject(0).getString("id");
    }

    @Test
    void fiftyParallelRegistrationsForThirtyPlacesGiveThirtyPlacesAndTwentyWaitingInOrder() throws Exception {
        JsonObject programme = Programmes.recruiting(staff, "NPO入門セミナー " + UUID.randomUUID(), 2026, Programmes.inDays(30), 30);
        String session = sessionOf(programme);
        String path = publicPath(programme) + "/sessions/" + session + "/registrations";
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String body = Programmes.person("参加者 " + i, "p" + i + "@example.jp");
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.post(path, null, body);
                }));
            }
            start.countDown();
            int registered = 0;
            List<Integer> positions = new ArrayList<>();
            for (Future<Api.Reply> answer : answers) {
                Api.Reply reply = answer.get();
                assertEquals(201, reply.status(), reply::toString);
                if ("REGISTERED".equals(reply.json().getString("status"))) {
                    registered++;
                } else {
                    assertEquals("WAITING", reply.json().getString("status"));
                    positions.add(reply.json().getInt("waitingPosition"));
                }
            }
            assertEquals(30, registered);
            assertEquals(20, positions.size());
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), positions.stream().sorted().toList(),
                    "waiting positions 1..20, each once");
        } finally {
            pool.shutdownNow();
        }
        List<JsonObject> list = Api.get("/programmes/sessions/" + session + "/registrations", staff).jsonArray().stream()
                .map(v -> v.asJsonObject()).toList();
        assertEquals(50, list.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i < 30 ? "REGISTERED" : "WAITING", list.get(i).getString("status"), "in order of arrival: " + i);
            assertEquals(i + 1, list.get(i).getInt("sequence"));
        }
        // a cancellation moves the first person waiting up
        Api.Reply cancelled = Api.post("/programmes/registrations/" + list.get(3).getString("id") + "/cancel", staff, "");
        assertEquals(204, cancelled.status(), cancelled::toString);
        List<JsonObject> after = Api.get("/programmes/sessions/" + session + "/registrations", staff).jsonArray().stream()
                .map(v -> v.asJsonObject()).toList();
        assertEquals("CANCELLED", after.get(3).getString("status"));
        assertEquals("REGISTERED", after.get(30).getString("status"), "the first waiting person moved up");
        assertEquals("WAITING", after.get(31).getString("status"));
        assertEquals(1, after.get(31).getInt("waitingPosition"));
        JsonObject page = Api.get(publicPath(programme), null).json();
        assertEquals(0, page.getJsonArray("sessions").getJsonObject(0).getInt("placesLeft"));
        assertEquals(19, page.getJsonArray("sessions").getJsonObject(0).getInt("waiting"));
        assertFalse(Api.get(publicPath(programme), null).body().contains("参加者"), "no participant on the public page");
    }

    @Test
    void aSurveyLinkAnswersOnceAndUnknownLinksAre404() {
        JsonObject programme = Programmes.recruiting(staff, "会計講座 " + UUID.randomUUID(), 2026, Programmes.inDays(0),
                "00:00", "00:01", 10);
        String session = sessionOf(programme);
        String token = Api.post(publicPath(programme) + "/sessions/" + session + "/registrations", null,
                Programmes.person("回答 花子", "kaitou@example.jp")).json().getString("surveyToken");
        Programmes.present(staff, programme, "kaitou@example.jp");
        Api.Reply page = Api.get("/public/surveys/" + token, null);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.json().getString("programme").startsWith("会計講座"));
        assertFalse(page.body().contains("回答 花子"), "the survey page names no one");
        String answer = "{\"satisfaction\":5,\"understandingImproved\":true,\"motivationImproved\":true,\"comment\":\"よく分かった\"}";
        assertEquals(204, Api.post("/public/surveys/" + token, null, answer).status());
        Api.Reply twice = Api.post("/public/surveys/" + token, null, answer);
        assertEquals(409, twice.status(), twice::toString);
        JsonObject results = Api.get("/programmes/sessions/" + session + "/survey-results", staff).json();
        assertEquals(1, results.getInt("answers"));
        assertEquals(5.0, results.getJsonNumber("satisfactionAverage").doubleValue(), 1e-9);
        Api.Reply qr = Api.get("/public/surveys/" + token + "/qr", null);
        assertEquals(200, qr.status());
        assertEquals("image/png", qr.contentType());
        assertEquals(404, Api.get("/public/surveys/" + CENTRE + "." + "0".repeat(32) + "/qr", null).status());
        assertEquals(404, Api.get("/public/surveys/" + CENTRE + "." + "0".repeat(32), null).status());
        assertEquals(404, Api.get("/public/surveys/not-a-token", null).status());
        assertEquals(404, Api.post("/public/surveys/kohoku." + token.substring(token.indexOf('.') + 1), null, answer).status(),
                "a token under another centre's name finds nothing");
        Api.Reply bad = Api.post("/public/surveys/" + token, null, "{\"satisfaction\":9}");
        assertEquals(400, bad.status(), bad::toString);
    }

    @Test
    void figuresOfASeededFiscalYearMatchAHandCount() {
        int year = 2100 + new java.util.Random().nextInt(890); // a fiscal year no other record uses
        String first = Api.post("/programmes", staff, Programmes.programme("集計テスト A", year)).json().getString("id");
        String second = Api.post("/programmes", staff, Programmes.programme("集計テスト B", year)).json().getString("id");
        String s1 = addSession(first, 10);
        String s2 = addSession(first, 12);
        String s3 = addSession(second, 14);
        List<String> r1 = registerAll(s1, "a@x.jp", "b@x.jp", "c@x.jp", "d@x.jp");
        List<String> r2 = registerAll(s2, "a@x.jp", "e@x.jp");
        registerAll(s3, "f@x.jp");
        attend(s1, r1.get(0), r1.get(1), r1.get(2));
        attend(s2, r2.get(0), r2.get(1));
        answer(s1, r1.get(0), 5, true);
        answer(s1, r1.get(1), 4, true);
        answer(s2, r2.get(1), 3, false);
        // 延べ 5 (3 + 2 + 0), distinct 4 (a b c e); satisfaction (5 + 4 + 3) / 3 = 4; understanding 2 of 3
        JsonObject figures = Api.get("/programmes/figures?fiscalYear=" + year, staff).json();
        assertEquals(2, figures.getInt("programmes"));
        assertEquals(3, figures.getInt("sessions"));
        assertEquals(5, figures.getInt("participations"));
        assertEquals(4, figures.getInt("distinctParticipants"));
        assertEquals(3, figures.getInt("surveyAnswers"));
        assertEquals(4.0, figures.getJsonNumber("satisfactionAverage").doubleValue(), 1e-9);
        assertEquals(2.0 / 3, figures.getJsonNumber("understandingImprovedShare").doubleValue(), 1e-9);
    }

    private void answer(String sessionId, String registrationId, int satisfaction, boolean understanding) {
        String token = Api.get("/programmes/sessions/" + sessionId + "/registrations", staff).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("id").equals(registrationId)).findFirst().orElseThrow()
                .getString("surveyToken");
        Api.Reply reply = Api.post("/public/surveys/" + token, null, "{\"satisfaction\":" + satisfaction
                + ",\"understandingImproved\":" + understanding + ",\"motivationImproved\":true}");
        assertEquals(204, reply.status(), reply::toString);
    }

    private String addSession(String programmeId, int days) {
        Api.Reply reply = Api.post("/programmes/" + programmeId + "/sessions", staff,
                Programmes.session("回 " + days, Programmes.inDays(0), "00:00", "00:" + days, 20));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonArray("sessions").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("title").equals("回 " + days)).findFirst().orElseThrow().getString("id");
    }

    private List<String> registerAll(String sessionId, String... contacts) {
        List<String> tokens = new ArrayList<>();
        for (String contact : contacts) {
            Api.Reply reply = Api.post("/programmes/sessions/" + sessionId + "/registrations", staff,
                    Programmes.person("集計 " + contact, contact));
            assertEquals(201, reply.status(), reply::toString);
        }
        Api.get("/programmes/sessions/" + sessionId + "/registrations", staff).jsonArray()
                .forEach(v -> tokens.add(v.asJsonObject().getString("id")));
        return tokens;
    }

    private void attend(String sessionId, String... registrationIds) {
        var present = jakarta.json.Json.createArrayBuilder();
        for (String id : registrationIds) {
            present.add(id);
        }
        Api.Reply reply = Api.put("/programmes/sessions/" + sessionId + "/attendance", staff,
                jakarta.json.Json.createObjectBuilder().add("present", present).build().toString());
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void anOnSiteSessionBooksTheSpaceAndAClashIsRefused() {
        String manager = Tokens.of(CENTRE, "centre-manager");
        String room = Bookings.createSpace(manager, Bookings.room("つるみ講座室 " + UUID.randomUUID(), b -> { })).getString("id");
        String programme = Api.post("/programmes", staff, Programmes.programme("会場で開く講座", 2026)).json().getString("id");
        String body = jakarta.json.Json.createObjectBuilder().add("title", "第1回").add("date", Programmes.inDays(15).toString())
                .add("start", "10:00").add("end", "12:00").add("placeKind", "ON_SITE").add("spaceId", room)
                .add("capacity", 20).build().toString();
        Api.Reply added = Api.post("/programmes/" + programme + "/sessions", staff, body);
        assertEquals(201, added.status(), added::toString);
        assertTrue(Api.get("/bookings?date=" + Programmes.inDays(15), staff).body().contains("会場で開く講座"));
        Api.Reply clash = Api.post("/programmes/" + programme + "/sessions", staff, body);
        assertEquals(409, clash.status(), "the space is taken: " + clash);
    }

    @Test
    void anotherWardGets404AndNothingChanges() {
        JsonObject programme = Programmes.recruiting(staff, "他区から見えない講座 " + UUID.randomUUID(), 2026, Programmes.inDays(25), 5);
        String id = programme.getString("id");
        String session = sessionOf(programme);
        Api.post("/programmes/sessions/" + session + "/registrations", staff, Programmes.person("鶴見 太郎", "taro@tsurumi.jp"));
        String registration = Api.get("/programmes/sessions/" + session + "/registrations", staff).jsonArray()
                .getJsonObject(0).getString("id");
        assertEquals(404, Api.get("/programmes/" + id, otherWard).status());
        assertEquals(404, Api.put("/programmes/" + id, otherWard, Programmes.programme("乗っ取り", 2026), "If-Match", "\"2\"").status());
        assertEquals(404, Api.post("/programmes/" + id + "/advance", otherWard, "", "If-Match", "\"2\"").status());
        assertEquals(404, Api.post("/programmes/" + id + "/sessions", otherWard, Programmes.session("x", Programmes.inDays(5), 3)).status());
        assertEquals(404, Api.get("/programmes/sessions/" + session + "/registrations", otherWard).status());
        assertEquals(404, Api.put("/programmes/sessions/" + session + "/attendance", otherWard, "{\"present\":[]}").status());
        assertEquals(404, Api.post("/programmes/registrations/" + registration + "/cancel", otherWard, "").status());
        assertEquals(404, Api.post("/programmes/sessions/" + session + "/registrations", otherWard,
                Programmes.person("他区 花子", "hanako@kohoku.jp")).status());
        assertEquals(404, Api.get("/programmes/sessions/" + session + "/survey-results", otherWard).status());
        assertEquals(404, Api.get("/programmes/" + id + "/survey-results", otherWard).status());
        assertEquals(404, Api.get("/public/programmes/kohoku/" + id, null).status(), "not under another centre's name");
        assertEquals(404, Api.post("/public/programmes/kohoku/" + id + "/sessions/" + session + "/registrations", null,
                Programmes.person("他区 花子", "hanako@kohoku.jp")).status());
        assertFalse(Api.get("/programmes", otherWard).body().contains(id), "not in another ward's list");
        assertFalse(Api.get("/programmes/participants", otherWard).body().contains("taro@tsurumi.jp"),
                "not in another ward's participant base");
        JsonObject after = Api.get("/programmes/" + id, staff).json();
        assertEquals("RECRUITING", after.getString("status"));
        assertEquals(programme.getString("name"), after.getString("name"));
        assertEquals(1, after.getJsonArray("sessions").size());
        assertEquals("REGISTERED", Api.get("/programmes/sessions/" + session + "/registrations", staff).jsonArray()
                .getJsonObject(0).getString("status"));
    }
}
