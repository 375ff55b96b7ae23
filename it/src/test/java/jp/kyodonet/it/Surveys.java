package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers for the annual survey of 区局 (照会): the division's and the offices' calls. */
final class Surveys {

    /** The city's collaboration division (市民局 市民協働推進課). */
    static final String DIVISION = Tokens.of("city", "hq-analyst");

    private Surveys() {
    }

    /** From 2030 (clear of the years the tests and the demo use around now) to 2099, then 2600 to 2989. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(2030);

    /**
     * A fiscal year for a survey (2030-2099 and 2600-2989, apart from the other tests' years): one with no survey yet and no project
     * in it or the year before, so that the survey starts with nothing carried over. One survey per city and year is
     * the rule, and a survey's submitted projects fill its year, so the years are looked up in the database.
     */
    static synchronized int unusedYear() {
        for (int year = NEXT_YEAR.get(); year <= 2989; year = year == 2099 ? 2600 : year + 1) {
            long[] used = Database.longs("SELECT (SELECT COUNT(*) FROM collab_survey WHERE fiscal_year = " + year + "),"
                    + " (SELECT COUNT(*) FROM collab_project WHERE fiscal_years LIKE '%," + year + ",%'"
                    + " OR fiscal_years LIKE '%," + (year - 1) + ",%')");
            if (used[0] == 0 && used[1] == 0) {
                NEXT_YEAR.set(year + 1);
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left for a test survey in 2030-2099 and 2600-2989");
    }

    /** A survey of a fiscal year no other test uses, opened by the division. */
    static JsonObject open() {
        Api.Reply opened = Api.post("/collaboration/surveys", DIVISION,
                "{\"fiscalYear\":" + unusedYear() + ",\"dueOn\":\"" + Collaborations.today().plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json();
    }

    /** The answer of {@code officer}'s office in the survey (the only one the officer sees). */
    static JsonObject answerOf(String surveyId, String officer) {
        Api.Reply survey = Api.get("/collaboration/surveys/" + surveyId, officer);
        assertEquals(200, survey.status(), survey::toString);
        assertEquals(1, survey.json().getJsonArray("answers").size(), "an office sees its own answer only");
        String id = survey.json().getJsonArray("answers").getJsonObject(0).getString("id");
        return Api.get("/collaboration/survey-answers/" + id, officer).json();
    }

    /** A project as an office states it; {@code contracts} 0 for a project without a contract. */
    static String row(String name, int contracts) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("division", "地域振興課").add("name", name)
                .add("field", "CIVIC_AND_COMMUNITY").add("partners", "NPO法人テスト").add("summary", "地域の担い手づくり")
                .add("contracted", contracts > 0).add("contractCount", contracts);
        if (contracts > 0) {
            row.add("contractForm", "COMMISSION").add("contractAmount", 1_000_000).add("origin", "ARTICLE_9");
        } else {
            row.add("contractForm", JsonValue.NULL).add("origin", JsonValue.NULL);
        }
        return row.build().toString();
    }

    /** Adds a project to the answer; the answer as it is then. */
    static JsonObject addRow(String officer, String answerId, String name, int contracts) {
        Api.Reply added = Api.post("/collaboration/survey-answers/" + answerId + "/rows", officer, row(name, contracts));
        assertEquals(201, added.status(), added::toString);
        return added.json();
    }

    static JsonObject submit(String officer, JsonObject answer) {
        Api.Reply submitted = Api.post("/collaboration/survey-answers/" + answer.getString("id") + "/submit", officer, "",
                "If-Match", "\"" + answer.getJsonNumber("version").longValue() + "\"");
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted.json();
    }

    static JsonObject close(JsonObject survey) {
        JsonObject now = Api.get("/collaboration/surveys/" + survey.getString("id"), DIVISION).json();
        Api.Reply closed = Api.post("/collaboration/surveys/" + survey.getString("id") + "/close", DIVISION, "",
                "If-Match", "\"" + now.getJsonNumber("version").longValue() + "\"");
        assertEquals(200, closed.status(), closed::toString);
        return closed.json();
    }
}
