package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual survey of 区局 (issue 19): the division opens a year's survey, each office answers its own part and no
 * other's, the division closes it and corrects with a logged reason; and the FY2020 report made from the demo's closed
 * survey says what seed 003 says.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    private final String division = Surveys.DIVISION;
    /** 市民局's officer (the test bureau) and another bureau's. */
    private final String shimin = Tokens.of("city", "bureau-officer");
    private final String kodomo = Tokens.with("city", "bureau-officer",
            c -> c.add("bureau", "こども青少年局").add("division", "子育て支援課"));
    private final String tsurumiOffice = Tokens.of("tsurumi", "ward-officer");
    private final String kohokuOffice = Tokens.of("kohoku", "ward-officer");

    @Test
    void aBureauOfficerAnswersForTheirBureauOnlyAndTheDivisionClosesAndCorrects() {
        JsonObject survey = Surveys.open();
        String surveyId = survey.getString("id");
        int year = survey.getInt("fiscalYear");
        // every ward office and every bureau the catalogue knows is asked
        List<String> offices = survey.getJsonArray("answers").stream().map(a -> a.asJsonObject().getString("officeName")).toList();
        assertEquals(18, offices.stream().filter(o -> o.endsWith("区")).count(), offices::toString);
        assertTrue(offices.containsAll(List.of("市民局", "こども青少年局", "健康福祉局")), offices::toString);

        JsonObject answer = Surveys.answerOf(surveyId, shimin);
        assertEquals("市民局", answer.getString("officeName"));
        String answerId = answer.getString("id");
        String name = "局の照会回答 " + UUID.randomUUID();
        answer = Surveys.addRow(shimin, answerId, name, 2);
        String rowId = answer.getJsonArray("rows").getJsonObject(0).getString("id");

        // another bureau, a ward office, centre staff: not found or not allowed, and nothing changes
        JsonObject other = Surveys.answerOf(surveyId, kodomo);
        assertEquals("こども青少年局", other.getString("officeName"));
        for (String stranger : List.of(kodomo, tsurumiOffice)) {
            assertEquals(404, Api.get("/collaboration/survey-answers/" + answerId, stranger).status());
            assertEquals(404, Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + rowId, stranger,
                    Surveys.row("乗っ取り", 0), "If-Match", "\"1\"").status());
            assertEquals(404, Api.delete("/collaboration/survey-answers/" + answerId + "/rows/" + rowId, stranger,
                    "If-Match", "\"1\"").status());
            assertEquals(404, Api.post("/collaboration/survey-answers/" + answerId + "/rows", stranger,
                    Surveys.row("紛れ込み", 0)).status());
            assertEquals(404, Api.post("/collaboration/survey-answers/" + answerId + "/submit", stranger, "",
                    "If-Match", "\"2\"").status());
        }
        assertFalse(Api.get("/collaboration/surveys/" + surveyId, kodomo).body().contains(answerId));
        for (String centre : List.of(Tokens.of("city", "network-coordinator"), Tokens.of("tsurumi", "centre-manager"))) {
            assertEquals(403, Api.get("/collaboration/survey-answers/" + answerId, centre).status());
            assertEquals(403, Api.get("/collaboration/surveys", centre).status());
        }
        JsonObject unchanged = Api.get("/collaboration/survey-answers/" + answerId, shimin).json();
        assertEquals(1, unchanged.getJsonArray("rows").size());
        assertEquals(name, unchanged.getJsonArray("rows").getJsonObject(0).getString("name"));
        assertEquals("PENDING", unchanged.getString("status"));

        // the division does not answer for an office; the office does
        assertEquals(403, Api.post("/collaboration/survey-answers/" + answerId + "/submit", division, "",
                "If-Match", "\"2\"").status());
        JsonObject submitted = Surveys.submit(shimin, unchanged);
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(409, Api.post("/collaboration/survey-answers/" + answerId + "/rows", shimin, Surveys.row("後から", 0))
                .status(), "submitted: locked for the office");
        JsonObject seen = Api.get("/collaboration/surveys/" + surveyId, division).json();
        assertEquals(1, seen.getInt("answered"));
        assertEquals(seen.getInt("offices"), seen.getJsonArray("answers").size(), "the division sees every office");

        // submitting wrote the year into the catalogue: the bureau's project ran that year, with a contract
        JsonObject project = Api.get("/collaboration/projects?ownerKind=BUREAU&fiscalYear=" + year + "&q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), division).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("市民局", project.getString("ownerName"));
        assertTrue(project.getJsonArray("contractYears").toString().contains(String.valueOf(year)), project::toString);

        // the division reminds those who have not answered, and closes
        JsonObject reminded = Api.post("/collaboration/surveys/" + surveyId + "/reminders", division, "").json();
        assertEquals(reminded.getInt("offices") - 1, reminded.getJsonArray("answers").stream()
                .filter(a -> a.asJsonObject().getInt("reminders") == 1).count(), "every office but the one that answered");
        // (a field without a value is left out of the answer)
        assertTrue(Surveys.answerOf(surveyId, kodomo).containsKey("remindedAt"), "the reminded office sees it");
        assertFalse(Surveys.answerOf(surveyId, shimin).containsKey("remindedAt"), "the office that answered is not reminded");
        Surveys.close(survey);
        assertEquals(409, Api.post("/collaboration/survey-answers/" + other.getString("id") + "/rows", kodomo,
                Surveys.row("締切後", 0)).status(), "closed: no more answers");

        // after closing only the division corrects, with a reason, and the correction is kept
        // (submitting linked the row to the project it created: the row is at version 2)
        String rowVersion = "\"" + Api.get("/collaboration/survey-answers/" + answerId, division).json().getJsonArray("rows")
                .getJsonObject(0).getInt("version") + "\"";
        Api.Reply noReason = Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + rowId + "/correction", division,
                Surveys.row(name, 3), "If-Match", rowVersion);
        assertEquals(400, noReason.status(), noReason::toString);
        assertTrue(noReason.problemFields().contains("reason"));
        String corrected = Surveys.row(name, 3).replaceFirst("\\}$", ",\"reason\":\"契約件数の記入誤り（2件→3件）\"}");
        Api.Reply correction = Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + rowId + "/correction", division,
                corrected, "If-Match", rowVersion);
        assertEquals(200, correction.status(), correction::toString);
        JsonObject after = correction.json();
        assertEquals(3, after.getJsonArray("rows").getJsonObject(0).getInt("contractCount"));
        JsonObject logged = after.getJsonArray("corrections").getJsonObject(0);
        assertEquals("契約件数の記入誤り（2件→3件）", logged.getString("reason"));
        assertTrue(logged.getString("before").contains("\"contractCount\":2"), logged::toString);
        assertTrue(logged.getString("after").contains("\"contractCount\":3"), logged::toString);
        assertEquals(403, Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + rowId + "/correction", shimin,
                corrected, "If-Match", "\"2\"").status(), "an office does not correct a closed survey");
    }

    @Test
    void lastYearsProjectsAreCarriedOverAndMustBeConfirmedOrRemoved() {
        int year = Surveys.unusedYear();
        String kept = "前年度からの事業 " + UUID.randomUUID();
        String ended = "前年度で終わった事業 " + UUID.randomUUID();
        for (String name : List.of(kept, ended)) {
            Api.Reply created = Api.post("/collaboration/projects", tsurumiOffice,
                    Collaborations.project(name, year - 1));
            assertEquals(201, created.status(), created::toString);
        }
        Api.Reply opened = Api.post("/collaboration/surveys", division, "{\"fiscalYear\":" + year + "}");
        assertEquals(201, opened.status(), opened::toString);
        JsonObject answer = Surveys.answerOf(opened.json().getString("id"), tsurumiOffice);
        assertEquals("鶴見区", answer.getString("officeName"));
        Map<String, JsonObject> rows = answer.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("name"), r -> r));
        assertEquals("CARRIED", rows.get(kept).getString("state"));
        assertEquals("CARRIED", rows.get(ended).getString("state"));
        assertTrue(Surveys.answerOf(opened.json().getString("id"), kohokuOffice).getJsonArray("rows").stream()
                .noneMatch(r -> r.asJsonObject().getString("name").equals(kept)), "another ward's answer has its own projects");

        Api.Reply early = Api.post("/collaboration/survey-answers/" + answer.getString("id") + "/submit", tsurumiOffice, "",
                "If-Match", "\"" + answer.getInt("version") + "\"");
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.body().contains("確認していないもの"), early::toString);

        String answerId = answer.getString("id");
        JsonObject row = rows.get(kept);
        Api.Reply confirmed = Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + row.getString("id"), tsurumiOffice,
                Surveys.row(kept, 0), "If-Match", "\"" + row.getInt("version") + "\"");
        assertEquals(200, confirmed.status(), confirmed::toString);
        // a project with a contract needs how many and who initiated it: one 400 names both, and nothing is written
        Api.Reply contradictory = Api.put("/collaboration/survey-answers/" + answerId + "/rows/" + rows.get(ended).getString("id"),
                tsurumiOffice, "{\"division\":\"地域振興課\",\"name\":\"x\",\"field\":\"CIVIC_AND_COMMUNITY\",\"contracted\":true}",
                "If-Match", "\"1\"");
        assertEquals(400, contradictory.status(), contradictory::toString);
        assertTrue(contradictory.problemFields().containsAll(List.of("contractCount", "origin")), contradictory::toString);
        assertTrue(contradictory.body().contains("契約件数"), contradictory::toString);
        Api.Reply removed = Api.delete("/collaboration/survey-answers/" + answerId + "/rows/" + rows.get(ended).getString("id"),
                tsurumiOffice, "If-Match", "\"1\"");
        assertEquals(200, removed.status(), removed::toString);
        JsonObject ready = removed.json();
        Surveys.submit(tsurumiOffice, ready);

        // the catalogue says what the office answered: one ran, one did not
        String tsurumiStaff = Tokens.of("tsurumi", "centre-staff");
        String query = "/collaboration/projects?fiscalYear=" + year + "&q=";
        assertEquals(1, Api.get(query + enc(kept), tsurumiStaff).json().getInt("total"));
        assertEquals(0, Api.get(query + enc(ended), tsurumiStaff).json().getInt("total"));
    }

    @Test
    void twoOpeningsOfTheSameYearAtOnceMakeOneSurvey() throws Exception {
        int year = Surveys.unusedYear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.post("/collaboration/surveys", division, "{\"fiscalYear\":" + year + "}");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            Collections.sort(statuses);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Api.get("/collaboration/surveys", division).jsonArray().stream()
                .filter(s -> s.asJsonObject().getInt("fiscalYear") == year).count());
        assertEquals(1, Database.longs("SELECT COUNT(*) FROM collab_survey WHERE fiscal_year = " + year)[0]);
    }

    /**
     * The FY2020 report from the demo data (the R2 catalogue and the closed R2 survey) against seed 003: section 2
     * (L154-194) and the 資料編's by-field table (L2090-2104), whose printed totals of fields 4 and 6 do not add up.
     */
    @Test
    void theFy2020ReportSaysWhatSeed003Says() {
        JsonObject report = Api.get("/public/collaboration/report?fiscalYear=2020", null).json();
        assertEquals("令和2年度 横浜市市民協働条例に基づく市民協働の取組状況報告書", report.getString("title"));
        assertEquals("CLOSED", report.getString("surveyStatus"));
        JsonObject s2 = report.getJsonObject("section2");
        assertEquals(203, s2.getJsonObject("projects").getInt("total"));
        assertEquals(118, s2.getJsonObject("projects").getInt("ward"));
        assertEquals(85, s2.getJsonObject("projects").getInt("bureau"));
        assertEquals(31, s2.getJsonObject("contracted").getInt("projects"));
        assertEquals(77, s2.getJsonObject("contracted").getInt("contracts"));
        assertEquals(27, s2.getJsonObject("byCity").getInt("projects"));
        assertEquals(73, s2.getJsonObject("byCity").getInt("contracts"));
        assertEquals(4, s2.getJsonObject("byCitizens").getInt("projects"));
        assertEquals(4, s2.getJsonObject("byCitizens").getInt("contracts"));

        var list = s2.getJsonArray("contractList").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(31, list.size());
        JsonObject first = list.get(0);
        assertEquals(1, first.getInt("number"));
        assertEquals("にしく市民活動支援センター運営事業", first.getString("name"));
        assertEquals("西区", first.getString("office"));
        assertEquals(1, first.getInt("contracts"));
        assertEquals(List.of(9, 16, 25, 29), list.stream().filter(l -> "ARTICLE_10".equals(l.getString("origin")))
                .map(l -> l.getInt("number")).toList(), "市民等's four, listed after the city's");
        assertEquals(List.of(13, 17, 18), list.stream().filter(l -> l.getInt("contracts") > 2).map(l -> l.getInt("contracts"))
                .toList(), "⑭ 13件, ⑮ 17件, ㉔ 18件");

        Map<String, JsonObject> forms = s2.getJsonArray("forms").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.containsKey("form") ? f.getString("form") : "none", f -> f));
        assertEquals(List.of(20, 38), List.of(forms.get("COMMISSION").getInt("projects"), forms.get("COMMISSION").getInt("contracts")));
        assertEquals(List.of(2, 2), List.of(forms.get("SUBSIDY").getInt("projects"), forms.get("SUBSIDY").getInt("contracts")));
        assertEquals(List.of(7, 7), List.of(forms.get("SHARED_COST").getInt("projects"), forms.get("SHARED_COST").getInt("contracts")));
        assertEquals(List.of(2, 30), List.of(forms.get("none").getInt("projects"), forms.get("none").getInt("contracts")),
                "⑭ and ⑮: 003 gives no single form");
        assertNull(forms.get("CO_HOSTING"), "共催 is not a contract form");

        // the by-field table: 003's ward and bureau columns; fields 4 and 6 printed 22 and 16, the records 23 and 15
        int[][] seed = {{59, 11}, {18, 15}, {12, 11}, {12, 11}, {6, 12}, {6, 9}, {0, 5}, {2, 4}, {0, 0}, {1, 5}, {1, 1}, {1, 1}};
        var fields = report.getJsonArray("fields");
        for (int i = 0; i < 12; i++) {
            JsonObject projects = fields.getJsonObject(i).getJsonObject("projects");
            assertEquals(seed[i][0], projects.getInt("ward"), "field " + (i + 1) + " ward");
            assertEquals(seed[i][1], projects.getInt("bureau"), "field " + (i + 1) + " bureau");
            assertEquals(seed[i][0] + seed[i][1], projects.getInt("total"), "field " + (i + 1) + " total");
        }
        var notes = report.getJsonArray("notes").stream().map(n -> n.asJsonObject().getString("ja")).toList();
        assertEquals(2, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("分野4") && notes.get(0).contains("22") && notes.get(0).contains("23"), notes::toString);
        assertTrue(notes.get(1).startsWith("分野6") && notes.get(1).contains("16") && notes.get(1).contains("15"), notes::toString);

        // 資料編 (2) and (3): 118 ward projects in 18 lists, 85 bureau projects
        var lists = report.getJsonArray("lists").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(118, lists.stream().filter(l -> "WARD".equals(l.getString("kind")))
                .mapToInt(l -> l.getJsonArray("projects").size()).sum());
        assertEquals(85, lists.stream().filter(l -> "BUREAU".equals(l.getString("kind")))
                .mapToInt(l -> l.getJsonArray("projects").size()).sum());
        assertEquals("鶴見区", lists.get(0).getString("office"), "wards in the city's order");
        assertEquals(5, lists.get(0).getJsonArray("projects").size());

        String csv = new String(Api.getBytes("/public/collaboration/report.csv?fiscalYear=2020", null, 200),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("全協働契約事業,31,77"), csv.substring(0, Math.min(600, csv.length())));
        assertTrue(csv.contains("条例第10条 市民等の提案,4,4"));
        assertTrue(Api.getBytes("/public/collaboration/report.pdf?fiscalYear=2020", null, 200).length > 10_000);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
