package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consultation's whole life: moves, refusals, case cards, timeline, follow-up control, audit. */
@ExtendWith(ArquillianExtension.class)
class ConsultationLifecycleIT {

    private final String staff = Tokens.of("kohoku", "centre-staff");
    private final String manager = Tokens.of("kohoku", "centre-manager");
    /** A staff member of kohoku as the provider names her (family name, given name). */
    private final String sato = Tokens.with("kohoku", "centre-staff",
            c -> c.add("sub", "kohoku-sato").add("family_name", "佐藤").add("given_name", "花子"));
    private final String otherWard = Tokens.of("asahi", "centre-manager");
    private static final String TODAY = LocalDate.now().toString();

    private static Api.Reply move(String token, String path, String body, int version) {
        return Api.post(path, token, body, "If-Match", "\"" + version + "\"");
    }

    @Test
    void theListSortsByReceivedDateAssigneeOrNextActionOnTheServerAndRefusesAnUnknownOrder() {
        String staff = Tokens.of("hodogaya", "centre-staff");
        for (String sort : List.of("receivedOn", "-receivedOn", "assignee", "-assignee", "nextActionOn", "-nextActionOn")) {
            Api.Reply page = Api.get("/consultations?size=100&sort=" + sort, staff);
            assertEquals(200, page.status(), page::toString);
            List<String> keys = page.json().getJsonArray("items").stream().map(JsonObject.class::cast).map(c -> switch (
                    sort.replace("-", "")) {
                case "receivedOn" -> c.getString("receivedOn");
                case "assignee" -> c.getString("assigneeName", ""); // an absent name: unassigned
                default -> c.getString("nextActionOn", null);
            }).toList();
            assertTrue(keys.size() > 1, "the demo history gives the centre a page of consultations");
            if (sort.contains("nextActionOn")) {
                // those without a next action date come last in both directions
                int firstNone = keys.indexOf(null);
                assertTrue(firstNone < 0 || keys.subList(firstNone, keys.size()).stream().allMatch(k -> k == null), sort + ": " + keys);
                keys = keys.stream().filter(k -> k != null).toList();
            }
            if (sort.contains("assignee")) {
                // names in the database's collation, which Java's order does not reproduce: each name's
                // consultations together, the unassigned at the start going up and at the end going down
                List<String> runs = new java.util.ArrayList<>();
                keys.forEach(k -> { if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(k)) runs.add(k); });
                assertEquals(runs.stream().distinct().toList(), runs, sort + ": each name once in a run " + keys);
                if (runs.contains("")) {
                    assertEquals("", sort.startsWith("-") ? runs.get(runs.size() - 1) : runs.get(0), sort + ": " + runs);
                }
                continue;
            }
            List<String> expected = new java.util.ArrayList<>(keys);
            expected.sort(sort.startsWith("-") ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
            assertEquals(expected, keys, sort);
        }
        Api.Reply unknown = Api.get("/consultations?sort=summary", staff);
        assertEquals(400, unknown.status());
        assertEquals(List.of("sort"), unknown.problemFields());
    }

    @Test
    void consultationGoesFromReceptionThroughFollowUpToClosingWithATimeline() {
        String path = "/consultations/" + Consultations.create(staff, "ライフサイクル").getString("id");
        assertEquals("INITIAL_HEARING", move(staff, path + "/hearing", "{\"note\":\"電話で状況を確認\"}", 1).json().getString("status"));
        JsonObject assigned = move(manager, path + "/assignment",
                "{\"assigneeSubject\":\"" + Staff.signIn(sato) + "\"}", 2).json();
        assertEquals("ASSIGNED", assigned.getString("status"));
        assertEquals("佐藤 花子", assigned.getString("assigneeName"), "the directory's name, not a typed one");
        assertTrue(assigned.containsKey("firstResponseAt"));
        assertEquals("IN_PROGRESS", move(staff, path + "/work",
                "{\"experts\":\"税理士 田中\",\"cityDivisions\":\"港北区 地域振興課\"}", 3).json().getString("status"));
        String next = LocalDate.now().plusDays(7).toString();
        JsonObject followUp = move(staff, path + "/follow-up", "{\"nextActionOn\":\"" + next + "\"}", 4).json();
        assertEquals("FOLLOW_UP", followUp.getString("status"));
        assertEquals(next, followUp.getString("nextActionOn"));
        Api.Reply card = Api.post(path + "/case-cards", staff, "{\"writtenOn\":\"" + TODAY
                + "\",\"note\":\"来所。定款案を確認\",\"nextAction\":\"総会資料の確認\",\"nextActionOn\":\"" + next + "\"}");
        assertEquals(201, card.status(), card::toString);
        Api.Reply closed = move(staff, path + "/close", "{\"outcome\":\"ORGANISATION_FOUNDED\",\"closedOn\":\"" + TODAY + "\"}", 6);
        assertEquals(200, closed.status(), closed::toString);
        assertTrue(closed.json().containsKey("closedAt"));

        List<String> kinds = Api.get(path + "/timeline", staff).jsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("RECEIVED", "INITIAL_HEARING", "ASSIGNED", "WORK_STARTED", "FOLLOW_UP", "CASE_CARD", "CLOSED"),
                kinds);
    }

    @Test
    void invalidMovesAnswer409AndChangeNothing() {
        String path = "/consultations/" + Consultations.create(staff, "不正な遷移").getString("id");
        Api.Reply close = move(staff, path + "/close", "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + TODAY + "\"}", 1);
        assertEquals(409, close.status(), close::toString);
        assertTrue(close.json().getString("detail").contains("担当者"), close::toString);
        assertEquals(409, move(staff, path + "/work", "{}", 1).status());
        assertEquals(409, move(staff, path + "/follow-up", "{\"nextActionOn\":\"" + TODAY + "\"}", 1).status());
        JsonObject after = Api.get(path, staff).json();
        assertEquals("RECEIVED", after.getString("status"));
        assertEquals(1, after.getInt("version"));
        assertEquals(1, Api.get(path + "/timeline", staff).jsonArray().size(), "only the reception step");
    }

    @Test
    void staffCannotAssignButManagersCan() {
        String path = "/consultations/" + Consultations.create(staff, "割り当て権限").getString("id");
        assertEquals(403, move(staff, path + "/assignment", "{\"assigneeSubject\":\"me\"}", 1).status());
        assertEquals(200, move(manager, path + "/assignment", Staff.assignment("kohoku"), 1).status());
    }

    @Test
    void anotherWardCannotMoveReadOrAnnotateTheConsultation() {
        String id = Consultations.createAssigned(staff, manager, "他区からは触れない").getString("id");
        String path = "/consultations/" + id;
        assertEquals(404, move(otherWard, path + "/hearing", "{}", 2).status());
        assertEquals(404, move(otherWard, path + "/assignment", "{\"assigneeSubject\":\"x\"}", 2).status());
        assertEquals(404, move(otherWard, path + "/work", "{}", 2).status());
        assertEquals(404, move(otherWard, path + "/follow-up", "{\"nextActionOn\":\"" + TODAY + "\"}", 2).status());
        assertEquals(404, Api.post(path + "/case-cards", otherWard, "{\"writtenOn\":\"" + TODAY + "\",\"note\":\"x\"}").status());
        assertEquals(404, Api.get(path + "/timeline", otherWard).status());
        JsonObject after = Api.get(path, staff).json();
        assertEquals(2, after.getInt("version"));
        assertEquals("ASSIGNED", after.getString("status"));
        assertEquals(2, Api.get(path + "/timeline", staff).jsonArray().size(), "received and assigned only");
    }

    @Test
    void overdueFollowUpsAreListedAndCountedSeparately() throws Exception {
        String overdue = Consultations.createAssigned(staff, manager, "期限切れのフォロー").getString("id");
        move(staff, "/consultations/" + overdue + "/work", "{}", 2);
        move(staff, "/consultations/" + overdue + "/follow-up", "{\"nextActionOn\":\"" + TODAY + "\"}", 3);
        String onTime = Consultations.createAssigned(staff, manager, "期限内のフォロー").getString("id");
        move(staff, "/consultations/" + onTime + "/work", "{}", 2);
        move(staff, "/consultations/" + onTime + "/follow-up", "{\"nextActionOn\":\"" + TODAY + "\"}", 3);
        Database.letNextActionPass(overdue, 3);

        Api.Reply list = Api.get("/consultations?overdue=true&size=100", staff);
        List<String> ids = list.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
        assertTrue(ids.contains(overdue), list::toString);
        assertFalse(ids.contains(onTime), list::toString);
        assertTrue(list.json().getJsonArray("items").stream().allMatch(i -> i.asJsonObject().getBoolean("overdue")));
        assertTrue(Api.get("/consultations/" + overdue, staff).json().getBoolean("overdue"));
    }

    @Test
    void filtersByTrackTopicAssigneeAndText() {
        String marker = "検索用-" + java.util.UUID.randomUUID();
        String coordination = Api.post("/consultations", staff, Consultations.intake(marker + " 協働", b -> b
                .add("track", "COORDINATION").add("topics", jakarta.json.Json.createArrayBuilder().add("COLLABORATION").add("PUBLICITY"))))
                .json().getString("id");
        String other = Consultations.create(staff, marker + " 会計").getString("id");
        move(manager, "/consultations/" + other + "/assignment", Staff.assignment("kohoku"), 1);

        List<String> byText = ids("/consultations?size=100&q=" + marker);
        assertEquals(java.util.Set.of(coordination, other), java.util.Set.copyOf(byText));
        assertEquals(List.of(coordination), ids("/consultations?size=100&track=COORDINATION&q=" + marker));
        assertEquals(List.of(coordination), ids("/consultations?size=100&topic=PUBLICITY&q=" + marker));
        assertEquals(List.of(other), ids("/consultations?size=100&assignee=" + Staff.assignable("kohoku") + "&q=" + marker));
        assertEquals(List.of(), ids("/consultations?size=100&q=" + marker + "%25"), "a % in the text is literal");
    }

    @Test
    void readingTheDetailIsAuditedButTheListIsNot() {
        String id = Consultations.create(staff, "監査の確認").getString("id");
        long before = Api.get("/audit-entries?size=1", manager).json().getJsonNumber("total").longValue();
        Api.get("/consultations?size=100", staff);
        assertEquals(before, Api.get("/audit-entries?size=1", manager).json().getJsonNumber("total").longValue(),
                "a list without personal data adds no entry");
        Api.get("/consultations/" + id, staff);
        JsonObject log = Api.get("/audit-entries?size=1", manager).json();
        assertEquals(before + 1, log.getJsonNumber("total").longValue(), "one read, one entry");
        JsonObject latest = log.getJsonArray("items").getJsonObject(0);
        assertEquals("READ_PERSONAL_DATA", latest.getString("action"));
        assertEquals(id, latest.getString("recordId"));
        assertTrue(latest.getString("actor").contains("it-kohoku"));
        assertFalse(Api.get("/audit-entries", otherWard).body().contains(id), "another ward's log does not hold it");
    }

    @Test
    void theManagerNarrowsTheLogToARecordAPersonAnActionAndDays() {
        String id = Consultations.create(staff, "監査の絞り込み").getString("id");
        Api.get("/consultations/" + id, staff);
        Api.get("/consultations/" + id, staff);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        JsonObject ofRecord = Api.get("/audit-entries?recordType=consultation&recordId=" + id, manager).json();
        assertEquals(3, ofRecord.getJsonNumber("total").longValue(), "created, read twice: " + ofRecord);
        assertTrue(ofRecord.getJsonArray("items").stream().allMatch(i -> i.asJsonObject().getString("recordId").equals(id)));
        JsonObject reads = Api.get("/audit-entries?action=READ_PERSONAL_DATA&recordId=" + id + "&from=" + today + "&to=" + today
                + "&actor=IT-KOHOKU", manager).json();
        assertEquals(2, reads.getJsonNumber("total").longValue(), "the reads of today by that person, any case: " + reads);
        assertEquals(0, Api.get("/audit-entries?recordId=" + id + "&to=2020-01-01", manager).json()
                .getJsonNumber("total").longValue(), "none before the record existed");
        assertEquals(0, Api.get("/audit-entries?recordId=" + id + "&actor=%25", manager).json()
                .getJsonNumber("total").longValue(), "a % in the name is a %, not a wildcard");
        assertEquals(0, Api.get("/audit-entries?recordId=" + id, otherWard).json().getJsonNumber("total").longValue(),
                "another ward's manager finds nothing of it");
        Api.Reply bad = Api.get("/audit-entries?recordId=not-an-id&action=LOOKED&from=2026-13-01", manager);
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("recordId") && bad.body().contains("action") && bad.body().contains("from"), bad.body());
    }

    private List<String> ids(String query) {
        Api.Reply reply = Api.get(query, staff);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    @Test
    void facilityInquiriesAreCountedApartFromActivityConsultations() {
        String hq = Tokens.of("city", "hq-analyst");
        int year = LocalDate.now().minusDays(1).getMonthValue() >= 4 ? LocalDate.now().minusDays(1).getYear()
                : LocalDate.now().minusDays(1).getYear() - 1;
        JsonObject before = kohokuFigures(hq, year);
        Api.Reply inquiry = Api.post("/consultations", staff, Consultations.intake("会議室の予約方法",
                b -> b.add("track", "FACILITY_INQUIRY")));
        assertEquals(201, inquiry.status(), inquiry::toString);
        Consultations.create(staff, "活動相談として数える相談");
        JsonObject after = kohokuFigures(hq, year);
        assertEquals(before.getInt("received") + 2, after.getInt("received"));
        assertEquals(before.getInt("facilityInquiries") + 1, after.getInt("facilityInquiries"));
        assertEquals(before.getInt("activity") + 1, after.getInt("activity"), "the inquiry is not an activity consultation");
        assertEquals(after.getInt("received"), after.getInt("activity") + after.getInt("facilityInquiries"));
    }

    private static JsonObject kohokuFigures(String hq, int year) {
        Api.Reply figures = Api.get("/hq/consultation-figures?fiscalYear=" + year, hq);
        assertEquals(200, figures.status(), figures::toString);
        return figures.json().getJsonArray("centres").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("tenant").equals("kohoku")).findFirst().orElseThrow();
    }
}
