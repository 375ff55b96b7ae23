package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network (issue 7): the case library's NETWORK-scope rules, cases from consultations without personal
 * data, meetings only coordinators edit, attendance figures, action items only their centre updates,
 * materials computed from the records (PDF with each centre's page), support requests.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private final String staff = Tokens.of("izumi", "centre-staff");
    private final String manager = Tokens.of("izumi", "centre-manager");
    private final String otherStaff = Tokens.of("sakae", "centre-staff");
    private final String otherManager = Tokens.of("sakae", "centre-manager");
    private final String coordinator = Tokens.of("city", "network-coordinator");
    private final String cityManager = Tokens.of("city", "centre-manager");

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void draftsStayInTheirCentrePublishedCasesReachEveryCentreAndThePublicSeesOnlyPublicOnes() {
        String title = "町内会とNPOの防災訓練 " + UUID.randomUUID();
        JsonObject draft = Api.post("/network/cases", staff, Network.caseBody(title, false)).json();
        String id = draft.getJsonObject("summary").getString("id");
        assertEquals(404, Api.get("/network/cases/" + id, otherStaff).status(), "a draft stays in its centre");
        assertFalse(Api.get("/network/cases?library=network&q=" + q(title), otherStaff).body().contains(id));
        assertTrue(Api.get("/network/cases?library=mine&q=" + q(title), staff).body().contains(id));
        Api.Reply unchecked = Api.post("/network/cases/" + id + "/submit", staff, "", "If-Match", "\"1\"");
        assertEquals(400, unchecked.status(), "the redaction checklist comes first: " + unchecked);
        assertEquals(List.of("redactionConfirmed"), unchecked.problemFields());
        Api.Reply confirmed = Api.put("/network/cases/" + id, staff, Network.caseBody(title, true), "If-Match", "\"1\"");
        assertEquals(200, confirmed.status(), confirmed::toString);
        Network.step(staff, id, "submit", 2, "");
        assertEquals(404, Api.get("/network/cases/" + id, otherStaff).status(), "submitted: still only its centre");
        assertEquals(403, Api.post("/network/cases/" + id + "/approve", staff, "", "If-Match", "\"3\"").status(),
                "staff do not approve");
        assertEquals(404, Api.post("/network/cases/" + id + "/approve", otherManager, "", "If-Match", "\"3\"").status(),
                "another centre's manager finds nothing");
        Network.step(manager, id, "approve", 3, "");
        Network.step(manager, id, "publish", 4, "{\"public\":false}");

        JsonObject seen = Api.get("/network/cases/" + id, otherStaff).json();
        assertEquals("NETWORK", seen.getJsonObject("summary").getString("status"));
        assertFalse(seen.containsKey("contacts"), "no contacts without consent");
        assertTrue(Api.get("/network/cases?library=network&field=CIVIC_AND_COMMUNITY&sector=NPO&q=" + q(title), otherStaff)
                .body().contains(id), "found by field, sector and text");
        assertTrue(Api.get("/network/cases?library=network&theme=" + q("自治会町内会") + "&ward=" + q("泉区"), otherStaff)
                .body().contains(id), "found by theme and ward");
        assertEquals(404, Api.get("/public/cases/" + id, null).status(), "a network case is not public");
        assertFalse(Api.get("/public/cases?q=" + q(title), null).body().contains(id));
        assertEquals(404, Api.put("/network/cases/" + id, otherManager, Network.caseBody("乗っ取り", true),
                "If-Match", "\"5\"").status(), "only its centre edits it");
        assertEquals(409, Api.put("/network/cases/" + id, staff, Network.caseBody("公開後の編集", true),
                "If-Match", "\"5\"").status(), "a published case is not edited");

        // another centre comments and tried it too, once
        assertEquals(201, Api.post("/network/cases/" + id + "/comments", otherStaff,
                "{\"body\":\"うちの区でも秋に実施しました\",\"triedToo\":true}").status());
        assertEquals(409, Api.post("/network/cases/" + id + "/comments", otherManager, "{\"triedToo\":true}").status());
        assertEquals(1, Api.get("/network/cases/" + id, staff).json().getJsonObject("summary").getInt("triedToo"));

        // public library: public cases only, contacts only with consent
        String publicTitle = "公開ライブラリの事例 " + UUID.randomUUID();
        String publicId = Network.published(staff, manager, publicTitle, true).getJsonObject("summary").getString("id");
        JsonObject open = Api.get("/public/cases/" + publicId, null).json();
        assertEquals(publicTitle, open.getJsonObject("summary").getString("title"));
        assertFalse(open.containsKey("contacts"), "not consented");
        assertFalse(open.toString().contains("045-000-0000"));
        assertTrue(Api.get("/public/cases?q=" + q(publicTitle), null).body().contains(publicId));
        assertFalse(open.containsKey("comments") && !open.getJsonArray("comments").isEmpty());
    }

    @Test
    void aCaseStartedFromAConsultationCarriesNoneOfItsPersonalData() {
        String name = "個人 " + UUID.randomUUID().toString().substring(0, 8);
        String contact = "kojin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String summary = "相談の本文 " + UUID.randomUUID();
        Api.Reply created = Api.post("/consultations", staff, Consultations.intake(summary,
                b -> b.add("requesterName", name).add("requesterContact", contact)));
        assertEquals(201, created.status(), created::toString);
        String consultation = created.json().getString("id");
        assertEquals(409, Api.post("/network/cases/from-consultation/" + consultation, staff, "").status(),
                "only a closed consultation becomes a case");
        Api.post("/consultations/" + consultation + "/assignment", manager, Staff.assignment("izumi"),
                "If-Match", "\"1\"");
        Api.post("/consultations/" + consultation + "/work", staff, "{}", "If-Match", "\"2\"");
        Api.Reply closed = Api.post("/consultations/" + consultation + "/close", staff,
                "{\"outcome\":\"ORGANISATION_FOUNDED\",\"closedOn\":\"" + LocalDate.now().minusDays(1) + "\"}", "If-Match", "\"3\"");
        assertEquals(200, closed.status(), closed::toString);
        Api.Reply started = Api.post("/network/cases/from-consultation/" + consultation, staff, "");
        assertEquals(201, started.status(), started::toString);
        String body = started.body();
        assertFalse(body.contains(name), "no requester name: " + body);
        assertFalse(body.contains(contact), "no contact: " + body);
        assertFalse(body.contains(summary), "no consultation text: " + body);
        assertEquals("CONSULTATION", started.json().getString("source"));
        assertEquals("DRAFT", started.json().getJsonObject("summary").getString("status"));
        assertEquals(404, Api.post("/network/cases/from-consultation/" + consultation, otherStaff, "").status(),
                "another centre's consultation is not found");
    }

    @Test
    void onlyCoordinatorsEditMeetingsAttendanceIsCountedAndOnlyTheAssignedWardUpdatesItsAction() {
        int year = Collaborations.unusedFiscalYear();
        String date = year + "-06-10";
        String meeting = Network.schedule(coordinator, "第1回 ネットワーク会議 " + year, date);
        String repeat = Api.post("/network/meetings", coordinator, Network.meeting("第1回（再開催） " + year, year + "-06-17")
                .replace("}", ",\"repeatOf\":\"" + meeting + "\"}")).json().getJsonObject("meeting").getString("id");
        String later = Network.schedule(coordinator, "第2回 ネットワーク会議 " + year, (year + 1) + "-01-20");
        for (String other : List.of(staff, manager, cityManager)) {
            assertEquals(403, Api.post("/network/meetings", other, Network.meeting("x", date)).status());
            assertEquals(403, Api.put("/network/meetings/" + meeting, other, Network.meeting("x", date), "If-Match", "\"1\"").status());
            assertEquals(403, Api.put("/network/meetings/" + meeting + "/attendance", other,
                    Network.attendance("izumi", "WARD_OFFICE", 1)).status());
        }
        assertEquals(200, Api.get("/network/meetings/" + meeting, staff).status(), "every centre reads the plan");
        JsonObject read = Api.get("/network/meetings/" + meeting, staff).json();
        assertEquals(18, read.getJsonArray("invited").size(), "all 18 wards are invited");
        assertFalse(read.getBoolean("editable"));

        assertEquals(200, Api.put("/network/meetings/" + meeting + "/attendance", coordinator, Network.attendance(
                "izumi", "WARD_OFFICE", 1, "izumi", "CENTRE_STAFF", 2, "sakae", "CENTRE_STAFF", 1, "city", "CENTRE_STAFF", 3)).status());
        assertEquals(200, Api.put("/network/meetings/" + repeat + "/attendance", coordinator, Network.attendance(
                "konan", "WARD_OFFICE", 2)).status());
        assertEquals(200, Api.put("/network/meetings/" + later + "/attendance", coordinator, Network.attendance(
                "aoba", "WARD_OFFICE", 5)).status());
        Api.Reply twice = Api.put("/network/meetings/" + meeting + "/attendance", coordinator, Network.attendance(
                "izumi", "WARD_OFFICE", 1, "izumi", "WARD_OFFICE", 2));
        assertEquals(400, twice.status(), "a centre and role twice");
        JsonObject figures = Api.get("/network/meetings/figures?fiscalYear=" + year, staff).json();
        assertEquals(3, figures.getInt("planned"));
        assertEquals(0, figures.getInt("held"), "the year is in the future: nothing held yet");

        // held meetings of a past fiscal year, against a hand count of what this test adds
        int past = 1990 + (year % 25);
        JsonObject before = Api.get("/network/meetings/figures?fiscalYear=" + past, staff).json();
        String m1 = Network.schedule(coordinator, "過去の会議 " + UUID.randomUUID(), past + "-05-10");
        String m2 = Api.post("/network/meetings", coordinator, Network.meeting("過去の会議（再） " + UUID.randomUUID(), past + "-05-17")
                .replace("}", ",\"repeatOf\":\"" + m1 + "\"}")).json().getJsonObject("meeting").getString("id");
        Api.put("/network/meetings/" + m1 + "/attendance", coordinator, Network.attendance(
                "izumi", "WARD_OFFICE", 1, "izumi", "CENTRE_STAFF", 2, "sakae", "CENTRE_STAFF", 1, "city", "CENTRE_STAFF", 3));
        Api.put("/network/meetings/" + m2 + "/attendance", coordinator, Network.attendance("konan", "WARD_OFFICE", 2));
        JsonObject after = Api.get("/network/meetings/figures?fiscalYear=" + past, staff).json();
        assertEquals(2, after.getInt("held") - before.getInt("held"));
        assertEquals(1, after.getInt("distinctSessions") - before.getInt("distinctSessions"));
        assertEquals(1, after.getInt("repeatSessions") - before.getInt("repeatSessions"));
        assertEquals(9, after.getInt("attendees") - before.getInt("attendees"), "延べ 1+2+1+3+2");
        assertEquals(3, after.getInt("wardOfficeAttendees") - before.getInt("wardOfficeAttendees"));
        assertEquals(6, after.getInt("centreStaffAttendees") - before.getInt("centreStaffAttendees"));
        if (before.getInt("held") == 0) {
            assertEquals(3, after.getInt("wardsRepresented"), "izumi, sakae, konan (the city centre is not a ward)");
        }

        // action items: the assigned ward updates it, another ward cannot
        Api.Reply added = Api.post("/network/meetings/" + meeting + "/actions", coordinator,
                "{\"assignee\":\"izumi\",\"title\":\"自治会町内会との協働事例を1件提出\",\"dueOn\":\"" + year + "-09-30\"}");
        assertEquals(201, added.status(), added::toString);
        JsonObject action = added.json().getJsonArray("actions").getJsonObject(0);
        String actionId = action.getString("id");
        assertTrue(Api.get("/network/action-items", staff).body().contains(actionId), "in the ward's portal");
        assertFalse(Api.get("/network/action-items", otherStaff).body().contains(actionId));
        assertEquals(404, Api.put("/network/action-items/" + actionId, otherManager, "{\"status\":\"DONE\"}",
                "If-Match", "\"1\"").status());
        assertEquals(404, Api.put("/network/action-items/" + actionId, coordinator, "{\"status\":\"DONE\"}",
                "If-Match", "\"1\"").status(), "not even the coordinator changes a ward's status");
        Api.Reply updated = Api.put("/network/action-items/" + actionId, staff,
                "{\"status\":\"IN_PROGRESS\",\"note\":\"候補を選定中\"}", "If-Match", "\"1\"");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("IN_PROGRESS", Api.get("/network/meetings/" + meeting, coordinator).json().getJsonArray("actions")
                .getJsonObject(0).getString("status"));
    }

    @Test
    void theMaterialsShowEachCentresFiguresFromTheRecordsRegenerateWithNewOnesAndFreeze() throws Exception {
        String today = Collaborations.today().toString();
        String meeting = Network.schedule(coordinator, "資料確認の会議 " + UUID.randomUUID(), today);
        Api.post("/network/meetings/" + meeting + "/agenda", coordinator,
                "{\"kind\":\"CASE_SHARING\",\"title\":\"防災訓練の事例\",\"presenter\":\"izumi\"}");
        for (int i = 0; i < 2; i++) {
            Consultations.create(otherStaff, "資料用の相談 " + i);
        }
        Api.Reply generated = Api.post("/network/meetings/" + meeting + "/materials", coordinator, "");
        assertEquals(201, generated.status(), generated::toString);
        JsonObject packet = generated.json().getJsonObject("packet");
        assertEquals(19, packet.getJsonArray("wards").size(), "one page per centre");
        JsonObject sakae = page(packet, "sakae");
        long[] expected = handCount(otherStaff, packet.getInt("fiscalYear"), LocalDate.parse(packet.getString("asOf")));
        assertEquals(expected[0], sakae.getJsonObject("thisYear").getInt("received"));
        assertEquals(expected[1], sakae.getJsonObject("thisYear").getInt("activity"));
        assertEquals(expected[2], sakae.getJsonObject("thisYear").getInt("closed"));
        assertFalse(packet.getJsonArray("unavailable").isEmpty(), "targets are said to be unavailable, not shown as zero");
        String first = generated.json().getJsonObject("ref").getString("id");

        byte[] pdf = Api.getBytes("/network/materials/" + first + "/pdf", staff, 200);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 21, "agenda, 19 centre pages, cases and actions");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("資料1"), text);
            assertTrue(text.contains("防災訓練の事例"));
            for (int k = 0; k < 19; k++) {
                String centreName = packet.getJsonArray("wards").getJsonObject(k).getString("name");
                assertTrue(Pattern.compile("資料2-" + (k + 1) + "[\\s\\u3000]+" + Pattern.quote(centreName)).matcher(text).find(),
                        "a page for " + centreName);
            }
            String name = page(packet, "sakae").getString("name");
            Matcher m = Pattern.compile("資料2-\\d+[\\s\\u3000]+" + Pattern.quote(name) + "[\\s\\S]*?相談受付\\s+(\\d+)\\s+(\\d+)").matcher(text);
            assertTrue(m.find(), "sakae's page: " + text);
            assertEquals(expected[0], Long.parseLong(m.group(1)));
        }

        // freeze, change the records, regenerate: the frozen packet keeps its figures
        assertEquals(200, Api.post("/network/materials/" + first + "/official", coordinator, "").status());
        assertEquals(409, Api.post("/network/materials/" + first + "/official", coordinator, "").status());
        assertEquals(403, Api.post("/network/materials/" + first + "/official", staff, "").status());
        Consultations.create(otherStaff, "資料の後の相談");
        JsonObject again = Api.post("/network/meetings/" + meeting + "/materials", coordinator, "").json();
        assertEquals(expected[0] + 1, page(again.getJsonObject("packet"), "sakae").getJsonObject("thisYear").getInt("received"));
        JsonObject frozen = Api.get("/network/materials/" + first, staff).json();
        assertTrue(frozen.getJsonObject("ref").getBoolean("official"));
        assertEquals(expected[0], page(frozen.getJsonObject("packet"), "sakae").getJsonObject("thisYear").getInt("received"));
        assertEquals(409, Api.post("/network/materials/" + again.getJsonObject("ref").getString("id") + "/official",
                coordinator, "").status(), "one official version per meeting");
    }

    private static JsonObject page(JsonObject packet, String centre) {
        return packet.getJsonArray("wards").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("centre").equals(centre)).findFirst().orElseThrow();
    }

    /** received, activity, closed of the centre's consultations of the year received by {@code asOf}, from its own list. */
    private static long[] handCount(String token, int fiscalYear, LocalDate asOf) {
        long[] counts = new long[3];
        for (int p = 0; ; p++) {
            JsonObject page = Api.get("/consultations?size=100&fiscalYear=" + fiscalYear + "&page=" + p, token).json();
            for (JsonValue v : page.getJsonArray("items")) {
                JsonObject c = v.asJsonObject();
                if (LocalDate.parse(c.getString("receivedOn")).isAfter(asOf)) {
                    continue;
                }
                counts[0]++;
                if (!"FACILITY_INQUIRY".equals(c.getString("track"))) {
                    counts[1]++;
                }
                if ("CLOSED".equals(c.getString("status"))) {
                    counts[2]++;
                }
            }
            if (page.getJsonArray("items").size() < 100) {
                return counts;
            }
        }
    }

    @Test
    void aWardAsksTheCityCentreForSupportAndOnlyTheyTwoSeeIt() {
        Api.Reply asked = Api.post("/network/support-requests", staff, "{\"topic\":\"会計講座の講師\",\"body\":\"講師を紹介してほしい\"}");
        assertEquals(201, asked.status(), asked::toString);
        String id = asked.json().getString("id");
        assertEquals(404, Api.get("/network/support-requests/" + id, otherStaff).status());
        assertFalse(Api.get("/network/support-requests", otherStaff).body().contains(id));
        assertTrue(Api.get("/network/support-requests", coordinator).body().contains(id), "the city centre sees every request");
        assertEquals(400, Api.post("/network/support-requests", coordinator, "{\"topic\":\"x\",\"body\":\"y\"}").status(),
                "the city centre does not ask itself");
        assertEquals(403, Api.post("/network/support-requests/" + id + "/answer", manager, "{\"answer\":\"x\"}",
                "If-Match", "\"1\"").status());
        assertEquals(409, Api.post("/network/support-requests/" + id + "/close", staff, "", "If-Match", "\"1\"").status(),
                "not answered yet");
        assertEquals(200, Api.post("/network/support-requests/" + id + "/answer", coordinator,
                "{\"answer\":\"登録講師の一覧を送ります\"}", "If-Match", "\"1\"").status());
        assertEquals(404, Api.post("/network/support-requests/" + id + "/close", otherStaff, "", "If-Match", "\"2\"").status());
        JsonObject closed = Api.post("/network/support-requests/" + id + "/close", staff, "", "If-Match", "\"2\"").json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("登録講師の一覧を送ります", closed.getString("answer"));
    }
}
