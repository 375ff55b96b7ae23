package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Collaboration requests for the tests. */
public final class Collaborations {

    private Collaborations() {
    }

    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    }

    /** This fiscal year (April to March). */
    public static int thisFiscalYear() {
        return today().getMonthValue() >= 4 ? today().getYear() : today().getYear() - 1;
    }

    /** A fiscal year no other test and no demo record uses (the records stay between runs). */
    /** A random far-future fiscal year for one test's own records (2990-2999 are left to BodyFuzzIT). */
    /**
     * A fiscal year no test has used in this run (each database is fresh per run): counted up from a random start, so
     * that the same year is never handed out twice (random draws collided once the role matrix ran twice).
     */
    public static int unusedFiscalYear() {
        return 2100 + NEXT_YEAR.getAndIncrement() % 500;
    }

    /** 2100-2599; 2600-2989 are the surveys' ({@link Surveys#unusedYear}), 2990-2999 BodyFuzzIT's. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500));

    /** The FY2020 catalogue as shared/data/projects-r2.csv has it (a copy in the test resources). */
    public static byte[] r2Catalogue() {
        try (InputStream in = Collaborations.class.getResourceAsStream("/projects-r2.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String proposal(String title, boolean submitted) {
        return Json.createObjectBuilder().add("kind", "CITIZEN").add("title", title)
                .add("summary", "地域の課題を協働で解決したい").add("field", "CIVIC_AND_COMMUNITY")
                .add("proposerName", "テスト提案団体").add("contactPerson", "提案 太郎").add("contact", "teian@example.jp")
                .add("responsibleDivision", "地域振興課").add("receivedOn", today().toString())
                .add("submitted", submitted).build().toString();
    }

    public static String move(String to) {
        return Json.createObjectBuilder().add("to", to).build().toString();
    }

    public static String project(String name, int fiscalYear) {
        return Json.createObjectBuilder().add("ownerName", "市民局").add("division", "市民協働推進課").add("name", name)
                .add("field", "CIVIC_AND_COMMUNITY").add("partners", "NPO法人テスト").add("fiscalYear", fiscalYear)
                .build().toString();
    }

    public static String contract(LocalDate from, LocalDate to, List<String> areas) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        areas.forEach(list::add);
        return Json.createObjectBuilder().add("type", "COMMISSION").add("partner", "NPO法人テスト")
                .add("cityParty", "地域振興課").add("purpose", "協働で地域の居場所を運営する")
                .add("amount", 1_200_000).add("periodFrom", from.toString()).add("periodTo", to.toString())
                .add("businessAreas", list).build().toString();
    }

    /** The body that draws up a proposal's contract: the terms and, for the city centre, the owning bureau. */
    public static String contractFromProposal() {
        String terms = contract(today(), today().plusMonths(6), List.of());
        return terms.substring(0, terms.length() - 1) + ",\"ownerName\":\"市民局\"}";
    }

    /** A column of 17 grades (the letters in {@code grades}, '-' = null), texts per area and a rater. */
    public static String fill(String grades, List<String> notes, String rater) {
        JsonArrayBuilder column = Json.createArrayBuilder();
        for (char c : grades.toCharArray()) {
            if (c == '-') {
                column.addNull();
            } else {
                column.add(String.valueOf(c));
            }
        }
        JsonArrayBuilder texts = Json.createArrayBuilder();
        notes.forEach(texts::add);
        return Json.createObjectBuilder().add("grades", column).add("notes", texts).add("rater", rater)
                .add("organisation", rater + " の所属").add("contact", "045-000-0000").build().toString();
    }

    /** A project of {@code token}'s centre with a contract that ended today; returns the contract. */
    public static JsonObject endedContract(String token, String name) {
        return endedContract(token, name, false);
    }

    /** As {@link #endedContract(String, String)}; {@code centreIsPartner}: the centre is the 団体等 side. */
    public static JsonObject endedContract(String token, String name, boolean centreIsPartner) {
        String project = createProject(token, name, today().getYear());
        LocalDate from = today().minusMonths(2);
        String terms = contract(from, today().plusMonths(10), List.of("事業の実施", "広報"));
        Api.Reply drafted = Api.post("/collaboration/projects/" + project + "/contracts", token,
                terms.substring(0, terms.length() - 1) + ",\"centreIsPartner\":" + centreIsPartner + "}");
        assertEquals(201, drafted.status(), drafted::toString);
        String id = drafted.json().getString("id");
        step(token, id, "SIGN", 1);
        step(token, id, "START", 2);
        return step(token, id, "END", 3);
    }

    public static JsonObject step(String token, String contract, String step, long version) {
        Api.Reply moved = Api.post("/collaboration/contracts/" + contract + "/steps", token,
                "{\"step\":\"" + step + "\"}", "If-Match", "\"" + version + "\"");
        assertEquals(200, moved.status(), moved::toString);
        return moved.json();
    }

    /** A project entered by hand for the token's centre; the city centre names a bureau. */
    public static String createProject(String token, String name, int fiscalYear) {
        Api.Reply created = Api.post("/collaboration/projects", token, project(name, fiscalYear));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonObject("project").getString("id");
    }

    /** An evaluation sheet for this fiscal year of a contract that ended today; returns the sheet. */
    public static JsonObject sheet(String token, String name) {
        return sheet(token, name, false);
    }

    /** As {@link #sheet(String, String)}; {@code centreIsPartner}: the centre fills the 団体等 column. */
    public static JsonObject sheet(String token, String name, boolean centreIsPartner) {
        JsonObject contract = endedContract(token, name, centreIsPartner);
        int year = thisFiscalYear();
        Api.Reply opened = Api.post("/collaboration/contracts/" + contract.getString("id") + "/evaluations", token,
                "{\"fiscalYear\":" + year + "}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json();
    }
}
