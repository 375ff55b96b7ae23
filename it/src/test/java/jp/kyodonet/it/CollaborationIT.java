package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collaboration (issue 6): the R2 catalogue import and the ordinance report computed from it, proposal and
 * contract state machines, the two-column evaluation sheet, isolation between centres and HQ's read-only view.
 */
@ExtendWith(ArquillianExtension.class)
class CollaborationIT {

    private final String coordinator = Tokens.of("city", "network-coordinator");
    private final String cityStaff = Tokens.of("city", "centre-staff");
    private final String hq = Tokens.of("city", "hq-analyst");
    private final String staff = Tokens.of("tsurumi", "centre-staff");
    private final String manager = Tokens.of("tsurumi", "centre-manager");
    private final String otherWard = Tokens.of("kohoku", "centre-manager");
    /** The 行政 side of the city centre's test projects (市民局's): its bureau officer. */
    private final String bureauOfficer = Tokens.of("city", "bureau-officer");
    private final String wardOfficer = Tokens.of("tsurumi", "ward-officer");
    private final String otherWardOfficer = Tokens.of("kohoku", "ward-officer");
    private final String otherBureauOfficer = Tokens.with("city", "bureau-officer",
            c -> c.add("bureau", "こども青少年局").add("division", "青少年育成課"));

    @Test
    void theR2CatalogueLoads203ProjectsAndTheReportCountsThemByFieldFromTheRecords() throws Exception {
        int year = Collaborations.unusedFiscalYear();
        byte[] csv = Collaborations.r2Catalogue();
        Api.Reply imported = Api.postBytes("/collaboration/projects/import?fiscalYear=" + year, coordinator,
                "text/csv; charset=UTF-8", csv);
        assertEquals(200, imported.status(), imported::toString);
        JsonObject report = imported.json();
        assertEquals(203, report.getInt("rows"));
        assertEquals(118, report.getInt("wardProjects"));
        assertEquals(85, report.getInt("bureauProjects"));
        assertEquals(203, report.getInt("created") + report.getInt("yearAdded"), "each row is a project of the year");

        // the hand count, straight from the file
        Map<String, int[]> expected = new HashMap<>();
        int contractedWard = 0;
        int contractedBureau = 0;
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            expected.computeIfAbsent(cells[4], k -> new int[2])["ward".equals(cells[0]) ? 0 : 1]++;
            if ("yes".equals(cells[cells.length - 1])) {
                if ("ward".equals(cells[0])) {
                    contractedWard++;
                } else {
                    contractedBureau++;
                }
            }
        }
        JsonObject page = Api.get("/public/collaboration/report?fiscalYear=" + year, null).json();
        assertEquals(12, page.getJsonArray("fields").size());
        long sumWard = 0;
        long sumBureau = 0;
        for (var value : page.getJsonArray("fields")) {
            JsonObject row = value.asJsonObject();
            int[] counts = expected.getOrDefault(String.valueOf(row.getInt("number")), new int[2]);
            JsonObject projects = row.getJsonObject("projects");
            assertEquals(counts[0], projects.getInt("ward"), "ward projects in field " + row.getInt("number"));
            assertEquals(counts[1], projects.getInt("bureau"), "bureau projects in field " + row.getInt("number"));
            assertEquals(counts[0] + counts[1], projects.getInt("total"));
            sumWard += projects.getInt("ward");
            sumBureau += projects.getInt("bureau");
        }
        // the ward and bureau columns of the city's own R2 table (seed 003, 令和2年度 分野別); its typed row
        // totals for fields 4 (22) and 6 (16) do not add up, the computed ones do (23, 15)
        int[][] published = {{59, 11}, {18, 15}, {12, 11}, {12, 11}, {6, 12}, {6, 9}, {0, 5}, {2, 4}, {0, 0}, {1, 5},
                {1, 1}, {1, 1}};
        for (int f = 0; f < 12; f++) {
            JsonObject projects = page.getJsonArray("fields").getJsonObject(f).getJsonObject("projects");
            assertEquals(published[f][0], projects.getInt("ward"), "field " + (f + 1) + " as the city published it");
            assertEquals(published[f][1], projects.getInt("bureau"), "field " + (f + 1) + " as the city published it");
        }
        JsonObject totals = page.getJsonObject("totals");
        assertEquals(118, totals.getInt("ward"));
        assertEquals(85, totals.getInt("bureau"));
        assertEquals(203, totals.getInt("total"));
        assertEquals(sumWard, totals.getInt("ward"), "the total is the sum of the rows");
        assertEquals(sumBureau, totals.getInt("bureau"));
        assertEquals(11, contractedWard, "the file's own count");
        assertEquals(contractedWard, page.getJsonObject("projectsWithContract").getInt("ward"));
        assertEquals(contractedBureau, page.getJsonObject("projectsWithContract").getInt("bureau"));

        // the same file again adds nothing
        JsonObject again = Api.postBytes("/collaboration/projects/import?fiscalYear=" + year, coordinator,
                "text/csv; charset=UTF-8", csv).json();
        assertEquals(0, again.getInt("created"));
        assertEquals(203, again.getInt("unchanged"));
        assertEquals(203, Api.get("/public/collaboration/report?fiscalYear=" + year, null).json()
                .getJsonObject("totals").getInt("total"));

        // CSV and a PDF whose text is Japanese
        Api.Reply file = Api.get("/public/collaboration/report.csv?fiscalYear=" + year, null);
        assertEquals(200, file.status());
        assertTrue(file.body().contains("合計,118,85,203"), file.body());
        byte[] pdf = Api.getBytes("/public/collaboration/report.pdf?fiscalYear=" + year, null, 200);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("横浜市市民協働条例に基づく市民協働の取組状況報告書"), text);
            assertTrue(text.contains("市民活動・地域活動"), text);
            assertTrue(text.contains("保健・医療・福祉"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("合計 118 85 203"), text);
        }
        // a ward's centre sees its ward's projects of the year, HQ all of them
        assertEquals(expectedFor("鶴見区", lines), Api.get("/collaboration/projects?size=1&fiscalYear=" + year, staff)
                .json().getInt("total"));
        assertEquals(203, Api.get("/collaboration/projects?size=1&fiscalYear=" + year, hq).json().getInt("total"));
    }

    private static int expectedFor(String ward, String[] lines) {
        int count = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("ward," + ward + ",")) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingItsLineAndWritesNothing() {
        int year = Collaborations.unusedFiscalYear();
        String csv = "owner_kind,owner,division,name,field_no,field,partners,contract_r2\n"
                + "ward,鶴見区,区政推進課,正しい行 " + UUID.randomUUID() + ",1,市民活動・地域活動に関する事業,NPO,no\n"
                + "ward,鶴見区,区政推進課,分野番号の誤り,13,,NPO,no\n"
                + "ward,架空区,区政推進課,存在しない区,2,環境の保全に関する事業,NPO,maybe\n"
                + "bureau,市民局,市民協働推進課,分野名のずれ,3,環境の保全に関する事業,NPO,yes\n";
        Api.Reply refused = Api.postBytes("/collaboration/projects/import?fiscalYear=" + year, coordinator,
                "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("line 3: field_no", "line 4: contract_r2", "line 4: owner", "line 5: field"),
                refused.problemFields().stream().sorted().toList());
        assertEquals(0, Api.get("/public/collaboration/report?fiscalYear=" + year, null).json()
                .getJsonObject("totals").getInt("total"), "nothing was imported");

        // a ward's centre imports only its own ward's rows
        String other = "owner_kind,owner,division,name,field_no,partners,contract\n"
                + "ward,港北区,区政推進課,他区の事業,1,NPO,no\n";
        Api.Reply notHers = Api.postBytes("/collaboration/projects/import?fiscalYear=" + year, manager,
                "text/csv; charset=UTF-8", other.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notHers.status(), notHers::toString);
        assertEquals(List.of("line 2: owner"), notHers.problemFields());
    }

    @Test
    void aRejectionNeedsAReasonWhichTheProposerSeesAndAnAdoptedProposalBecomesAContract() {
        JsonObject proposal = Api.post("/collaboration/proposals", staff, Collaborations.proposal("空き家活用 " + UUID.randomUUID(), true)).json();
        String id = proposal.getString("id");
        assertEquals("SUBMITTED", proposal.getString("status"));
        JsonObject review = advance(staff, id, "UNDER_REVIEW", 1);
        assertEquals(403, Api.post("/collaboration/proposals/" + id + "/decision", staff,
                Collaborations.move("REJECTED"), "If-Match", "\"2\"").status(), "staff do not decide");
        Api.Reply noReason = Api.post("/collaboration/proposals/" + id + "/decision", manager,
                Collaborations.move("REJECTED"), "If-Match", "\"2\"");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(List.of("reason"), noReason.problemFields());
        assertEquals("UNDER_REVIEW", Api.get("/collaboration/proposals/" + id, staff).json().getString("status"));
        Api.Reply rejected = Api.post("/collaboration/proposals/" + id + "/decision", manager,
                "{\"to\":\"REJECTED\",\"reason\":\"所管課の既存事業と重なるため\"}", "If-Match", "\"2\"");
        assertEquals(200, rejected.status(), rejected::toString);
        JsonObject statusPage = Api.get("/public/collaboration/proposals/" + review.getString("statusToken"), null).json();
        assertEquals("REJECTED", statusPage.getString("status"));
        assertEquals("所管課の既存事業と重なるため", statusPage.getString("decisionReason"));
        assertFalse(statusPage.toString().contains("teian@example.jp"), "no contact on the status page");
        assertEquals(409, Api.post("/collaboration/proposals/" + id + "/advance", staff, Collaborations.move("ADJUSTING"),
                "If-Match", "\"3\"").status(), "a rejected proposal goes nowhere");

        String adopted = Api.post("/collaboration/proposals", staff, Collaborations.proposal("多世代の居場所 " + UUID.randomUUID(), true))
                .json().getString("id");
        advance(staff, adopted, "ADJUSTING", 1);
        advance(staff, adopted, "UNDER_REVIEW", 2);
        decide(adopted, "{\"to\":\"ADOPTED\",\"reason\":\"地域の課題に合う\"}", 3, 200);
        decide(adopted, "{\"to\":\"GRANTED\",\"amount\":300001}", 4, 400);
        decide(adopted, "{\"to\":\"GRANTED\",\"amount\":300000}", 4, 200);
        advance(staff, adopted, "CONTRACT_NEGOTIATION", 5);
        Api.Reply drawn = Api.post("/collaboration/proposals/" + adopted + "/contract", staff,
                Collaborations.contract(Collaborations.today(), Collaborations.today().plusMonths(6), List.of()), "If-Match", "\"6\"");
        assertEquals(201, drawn.status(), drawn::toString);
        JsonObject contract = drawn.json();
        assertEquals("DRAFTING", contract.getString("status"));
        assertEquals("鶴見区", contract.getString("ownerName"));
        JsonObject project = Api.get("/collaboration/projects/" + contract.getString("projectId"), staff).json();
        assertEquals("ARTICLE_10", project.getJsonObject("project").getString("origin"), "a citizen proposal: Art. 10");
        assertEquals("CONTRACTED", Api.get("/collaboration/proposals/" + adopted, staff).json().getString("status"));
        assertEquals(List.of("事業全体"), contract.getJsonArray("businessAreas").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aContractIsNotEvaluatedBeforeItsFiscalYearIsOverOrItHasEnded() {
        String project = Collaborations.createProject(cityStaff, "評価時期の確認 " + UUID.randomUUID(), Collaborations.thisFiscalYear());
        JsonObject contract = Api.post("/collaboration/projects/" + project + "/contracts", cityStaff,
                Collaborations.contract(Collaborations.today().minusMonths(1), Collaborations.today().plusYears(2), List.of()))
                .json();
        String id = contract.getString("id");
        String thisYear = "{\"fiscalYear\":" + Collaborations.thisFiscalYear() + "}";
        assertEquals(409, Api.post("/collaboration/contracts/" + id + "/evaluations", cityStaff, thisYear).status(), "a draft");
        Collaborations.step(cityStaff, id, "SIGN", 1);
        Collaborations.step(cityStaff, id, "START", 2);
        Api.Reply early = Api.post("/collaboration/contracts/" + id + "/evaluations", cityStaff, thisYear);
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.body().contains("年度が終わるか契約が終了してから"), early.body());
        assertEquals(409, Api.post("/collaboration/contracts/" + id + "/steps", cityStaff, "{\"step\":\"SIGN\"}",
                "If-Match", "\"3\"").status(), "signed once");
        Api.Reply amended = Api.post("/collaboration/contracts/" + id + "/amendments", cityStaff,
                "{\"reason\":\"事業期間の延長\",\"periodTo\":\"" + Collaborations.today().plusYears(3) + "\",\"amount\":1500000}",
                "If-Match", "\"3\"");
        assertEquals(200, amended.status(), amended::toString);
        assertEquals("AMENDED", amended.json().getString("status"));
        assertEquals(1, amended.json().getJsonArray("amendments").size());
        Collaborations.step(cityStaff, id, "END", 4);
        assertEquals(201, Api.post("/collaboration/contracts/" + id + "/evaluations", cityStaff, thisYear).status());
        assertEquals(409, Api.post("/collaboration/contracts/" + id + "/evaluations", cityStaff, thisYear).status(),
                "one sheet per fiscal year");
        assertEquals(400, Api.post("/collaboration/contracts/" + id + "/evaluations", cityStaff,
                "{\"fiscalYear\":" + (Collaborations.thisFiscalYear() + 5) + "}").status(), "outside the period");
    }

    @Test
    void eachSideFillsOnlyItsOwnColumnAndThePublishedSheetMarksDivergences() {
        JsonObject sheet = Collaborations.sheet(cityStaff, "相互評価の確認 " + UUID.randomUUID());
        String id = sheet.getString("id");
        String token = sheet.getString("partnerToken");
        List<String> notes = List.of("団体側: 実施できた", "団体側: 広報は課題");
        String partnerGrades = "ABBBAA" + "BBBBBBB" + "AABB";
        String cityGrades = "CBBAAA" + "ABBBBBB" + "AAAB";

        // the partner cannot write the city's column, the city cannot write the partner's
        Api.Reply sneaky = Api.put("/public/collaboration/partner-sheets/" + token, null,
                "{\"cityGrades\":[\"D\"],\"grades\":[],\"notes\":[]}", "If-Match", "\"1\"");
        assertEquals(400, sneaky.status(), sneaky::toString);
        assertTrue(sneaky.problemFields().contains("cityGrades"));
        Api.Reply partnerFilled = Api.put("/public/collaboration/partner-sheets/" + token, null,
                Collaborations.fill(partnerGrades, notes, "NPO法人テスト 事務局長"), "If-Match", "\"1\"");
        assertEquals(200, partnerFilled.status(), partnerFilled::toString);
        Api.Reply cityMeddles = Api.put("/collaboration/evaluations/" + id + "/city", bureauOfficer,
                "{\"partnerGrades\":[\"D\"],\"grades\":[],\"notes\":[]}", "If-Match", "\"2\"");
        assertEquals(400, cityMeddles.status());
        assertTrue(cityMeddles.problemFields().contains("partnerGrades"));
        // before the partner submits, the city does not see the partner's grades
        JsonObject cityView = Api.get("/collaboration/evaluations/" + id, bureauOfficer).json();
        assertFalse(cityView.getJsonArray("questions").getJsonObject(0).containsKey("partner"), cityView::toString);
        assertEquals("A", Api.get("/public/collaboration/partner-sheets/" + token, null).json().getJsonArray("questions")
                .getJsonObject(0).getString("partner"), "the partner sees its own grade");
        Api.Reply cityFilled = Api.put("/collaboration/evaluations/" + id + "/city", bureauOfficer,
                Collaborations.fill(cityGrades, List.of("市側: 協力できた", "市側: 周知を強化"), "地域振興課 担当"),
                "If-Match", "\"2\"");
        assertEquals(200, cityFilled.status(), cityFilled::toString);
        assertEquals(409, Api.post("/collaboration/evaluations/" + id + "/publish", manager(), "", "If-Match", "\"3\"")
                .status(), "not completed yet");
        assertEquals(200, Api.post("/public/collaboration/partner-sheets/" + token + "/submit", null, "",
                "If-Match", "\"3\"").status());
        assertEquals(409, Api.put("/public/collaboration/partner-sheets/" + token, null,
                Collaborations.fill("D".repeat(17), notes, "後から変更"), "If-Match", "\"4\"").status(), "locked once submitted");
        assertEquals(200, Api.post("/collaboration/evaluations/" + id + "/city/submit", bureauOfficer, "", "If-Match", "\"4\"")
                .status());
        Api.Reply published = Api.post("/collaboration/evaluations/" + id + "/publish", manager(), "", "If-Match", "\"5\"");
        assertEquals(200, published.status(), published::toString);

        JsonObject open = Api.get("/public/collaboration/evaluations/" + id, null).json();
        assertEquals("PUBLISHED", open.getString("status"));
        assertEquals(1, open.getInt("divergences"), "A against C on planning question 1");
        JsonObject first = open.getJsonArray("questions").getJsonObject(0);
        assertEquals("A", first.getString("partner"));
        assertEquals("C", first.getString("city"));
        assertTrue(first.getBoolean("diverges"));
        assertFalse(open.getJsonArray("questions").getJsonObject(3).getBoolean("diverges"), "B against A is one grade");
        for (int i = 0; i < 17; i++) {
            assertEquals(String.valueOf(cityGrades.charAt(i)), open.getJsonArray("questions").getJsonObject(i).getString("city"),
                    "the city's grade " + i + " is the city's own");
            assertEquals(String.valueOf(partnerGrades.charAt(i)),
                    open.getJsonArray("questions").getJsonObject(i).getString("partner"));
        }
        assertEquals("団体側: 広報は課題", open.getJsonArray("areas").getJsonObject(1).getString("partner"));
        assertFalse(open.containsKey("partnerToken"), "the public never sees the partner's link");
        assertTrue(Api.get("/public/collaboration/report?fiscalYear=" + Collaborations.thisFiscalYear(), null).body()
                .contains(id), "counted in the report");
        assertEquals(409, Api.put("/collaboration/evaluations/" + id + "/city", bureauOfficer,
                Collaborations.fill(cityGrades, List.of("", ""), "x"), "If-Match", "\"6\"").status(), "read-only once published");
    }

    @Test
    void theGovernmentColumnIsWrittenByTheOwningOfficeNeverByTheCentre() {
        JsonObject sheet = Collaborations.sheet(staff, "行政欄の記入者 " + UUID.randomUUID());
        String id = sheet.getString("id");
        assertTrue(sheet.containsKey("partnerToken"), "the centre keeps the project and sends the partner its link");
        String grades = Collaborations.fill("B".repeat(17), List.of("区の検証", "区の検証"), "鶴見区 区政推進課 担当");

        // the ward's centre does not write the 行政 column, nor does another ward's office or a bureau
        for (String notTheCity : List.of(staff, manager)) {
            Api.Reply refused = Api.put("/collaboration/evaluations/" + id + "/city", notTheCity, grades, "If-Match", "\"1\"");
            assertEquals(403, refused.status(), refused::toString);
            assertEquals(403, Api.post("/collaboration/evaluations/" + id + "/city/submit", notTheCity, "", "If-Match", "\"1\"")
                    .status());
        }
        for (String stranger : List.of(otherWardOfficer, bureauOfficer)) {
            assertEquals(404, Api.put("/collaboration/evaluations/" + id + "/city", stranger, grades, "If-Match", "\"1\"")
                    .status());
            assertEquals(404, Api.get("/collaboration/evaluations/" + id, stranger).status());
        }
        assertEquals(1, Api.get("/collaboration/evaluations/" + id, staff).json().getInt("version"), "nothing changed");

        // the ward office writes and submits it; the centre sees it only once submitted
        Api.Reply filled = Api.put("/collaboration/evaluations/" + id + "/city", wardOfficer, grades, "If-Match", "\"1\"");
        assertEquals(200, filled.status(), filled::toString);
        assertEquals("B", filled.json().getJsonArray("questions").getJsonObject(0).getString("city"));
        assertEquals("鶴見区 区政推進課 担当", filled.json().getJsonObject("cityWriter").getString("responsible"));
        assertEquals("鶴見区 区政推進課 担当 の所属", filled.json().getJsonObject("cityWriter").getString("organisation"));
        assertFalse(Api.get("/collaboration/evaluations/" + id, staff).json().getJsonArray("questions").getJsonObject(0)
                .containsKey("city"), "not submitted yet: the centre does not see the 行政 grades");
        assertEquals(200, Api.post("/collaboration/evaluations/" + id + "/city/submit", wardOfficer, "", "If-Match", "\"2\"")
                .status());
        assertEquals("B", Api.get("/collaboration/evaluations/" + id, staff).json().getJsonArray("questions").getJsonObject(0)
                .getString("city"));

        // the city's division reads a ward's sheet but does not write it: that is the ward office's
        assertEquals(200, Api.get("/collaboration/evaluations/" + id, hq).status());
        assertEquals(404, Api.post("/collaboration/evaluations/" + id + "/publish", hq, "", "If-Match", "\"3\"").status());

        // the city's division writes the 行政 column of a bureau's project (here the city centre's own)
        String own = Collaborations.sheet(cityStaff, "センター運営事業 " + UUID.randomUUID()).getString("id");
        assertEquals(403, Api.put("/collaboration/evaluations/" + own + "/city", cityStaff, grades, "If-Match", "\"1\"")
                .status(), "the consortium's staff do not grade themselves as the city");
        Api.Reply division = Api.put("/collaboration/evaluations/" + own + "/city", hq,
                Collaborations.fill("A".repeat(17), List.of("協働推進課の検証", ""), "市民協働推進課 担当"), "If-Match", "\"1\"");
        assertEquals(200, division.status(), division::toString);
        assertFalse(division.json().containsKey("partnerToken"), "the division does not get the partner's link");
    }

    @Test
    void whereTheCentreIsThePartnerItsPeopleFillThePartnerColumnAndBothSidesWritePartThreeOnceBothSubmitted() {
        // the city centre's own operation: the consortium that runs it is the 団体等 side
        JsonObject sheet = Collaborations.sheet(cityStaff, "センター運営（団体等はセンター） " + UUID.randomUUID(), true);
        String id = sheet.getString("id");
        assertTrue(sheet.getBoolean("writesPartnerColumn"), sheet::toString);
        String partnerColumn = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                        Collaborations.fill("B".repeat(17), List.of("団体側の所見", ""), "センター長 テスト"))).readObject())
                .add("roles", Json.createArrayBuilder().add("１ 相談受付\n２ コーディネート").add("１ 情報発信")).build().toString();
        Api.Reply filled = Api.put("/collaboration/evaluations/" + id + "/partner", cityStaff, partnerColumn, "If-Match", "\"1\"");
        assertEquals(200, filled.status(), filled::toString);
        assertEquals("１ 相談受付\n２ コーディネート", filled.json().getJsonArray("areas").getJsonObject(0).getString("partnerRoles"));
        assertEquals(403, Api.put("/collaboration/evaluations/" + id + "/partner", hq, partnerColumn, "If-Match", "\"2\"")
                .status(), "the division does not fill the 団体等 column");
        assertEquals(409, Api.put("/collaboration/evaluations/" + id + "/joint", cityStaff,
                "{\"texts\":[\"早すぎる\",\"\"]}", "If-Match", "\"2\"").status(), "part 3 waits for both submissions");
        // the roles must match the business items; the 記入者 needs its organisation to submit
        Api.Reply wrongRoles = Api.put("/collaboration/evaluations/" + id + "/partner", cityStaff,
                partnerColumn.replace("[\"１ 相談受付\\n２ コーディネート\",\"１ 情報発信\"]", "[\"一つだけ\"]"), "If-Match", "\"2\"");
        assertEquals(400, wrongRoles.status(), wrongRoles::toString);
        assertTrue(wrongRoles.problemFields().contains("roles"), wrongRoles::toString);
        assertEquals(200, Api.post("/collaboration/evaluations/" + id + "/partner/submit", cityStaff, "", "If-Match", "\"2\"")
                .status());
        Api.Reply cityFilled = Api.put("/collaboration/evaluations/" + id + "/city", hq,
                Collaborations.fill("A".repeat(17), List.of("", ""), "市民協働推進課長 テスト"), "If-Match", "\"3\"");
        assertEquals(200, cityFilled.status(), cityFilled::toString);
        assertEquals(200, Api.post("/collaboration/evaluations/" + id + "/city/submit", hq, "", "If-Match", "\"4\"").status());

        // part 3 together: the centre (as the partner) writes, the division goes on from there; a stale copy is refused
        Api.Reply first = Api.put("/collaboration/evaluations/" + id + "/joint", cityStaff,
                "{\"texts\":[\"相談の体制に課題がある\",\"\"]}", "If-Match", "\"5\"");
        assertEquals(200, first.status(), first::toString);
        assertEquals(412, Api.put("/collaboration/evaluations/" + id + "/joint", hq,
                "{\"texts\":[\"古い版から\",\"\"]}", "If-Match", "\"5\"").status(), "no lost update");
        Api.Reply second = Api.put("/collaboration/evaluations/" + id + "/joint", hq,
                "{\"texts\":[\"相談の体制に課題がある。打開策を検討する\",\"広報は双方で\"]}", "If-Match", "\"6\"");
        assertEquals(200, second.status(), second::toString);
        assertEquals(404, Api.put("/collaboration/evaluations/" + id + "/joint", staff,
                "{\"texts\":[\"x\",\"y\"]}", "If-Match", "\"7\"").status(), "another centre's staff do not reach it");
        JsonObject done = second.json();
        assertEquals("広報は双方で", done.getJsonArray("areas").getJsonObject(1).getString("joint"));
        assertNotNull(done.getString("writtenOn"), "part 1's 記入日: the day the later side submitted");
        assertEquals("センター長 テスト の所属", done.getJsonObject("partnerWriter").getString("organisation"));
        Api.Reply published = Api.post("/collaboration/evaluations/" + id + "/publish", manager(), "", "If-Match", "\"7\"");
        assertEquals(200, published.status(), published::toString);
        JsonObject open = Api.get("/public/collaboration/evaluations/" + id, null).json();
        assertEquals("相談の体制に課題がある。打開策を検討する", open.getJsonArray("areas").getJsonObject(0).getString("joint"));
        assertEquals(409, Api.put("/collaboration/evaluations/" + id + "/joint", hq,
                "{\"texts\":[\"公表後\",\"\"]}", "If-Match", "\"8\"").status(), "read-only once published");

        // a sheet whose partner has its own link: the centre does not fill the 団体等 column
        String other = Collaborations.sheet(cityStaff, "団体等はNPO " + UUID.randomUUID()).getString("id");
        assertEquals(403, Api.put("/collaboration/evaluations/" + other + "/partner", cityStaff, partnerColumn, "If-Match", "\"1\"")
                .status());
    }

    @Test
    void theContractFormsAreTheThreeOf003AndCoHostingIsRefusedWritingNothing() {
        List<String> forms = Api.get("/collaboration-vocabulary", null).json().getJsonArray("contractType").stream()
                .map(v -> v.asJsonObject().getString("value")).toList();
        assertEquals(List.of("COMMISSION", "SUBSIDY", "SHARED_COST"), forms, "委託型・補助型・負担金型");
        String project = Collaborations.createProject(cityStaff, "共催の確認 " + UUID.randomUUID(), Collaborations.today().getYear());
        String body = Collaborations.contract(Collaborations.today(), Collaborations.today().plusMonths(3), List.of())
                .replace("\"COMMISSION\"", "\"CO_HOSTING\"");
        Api.Reply refused = Api.post("/collaboration/projects/" + project + "/contracts", cityStaff, body);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.problemFields().contains("type") && refused.body().contains("共催は協働契約の形態ではありません"),
                refused::toString);
        assertEquals(0, Api.get("/collaboration/projects/" + project, cityStaff).json().getJsonArray("contracts").size(),
                "nothing was written");
    }

    @Test
    void theFy2022SheetOf004LoadsAsTheDocumentHasIt() {
        JsonObject sheet = Api.get("/public/collaboration/evaluations?fiscalYear=2022", null).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getString("projectName").equals("横浜市市民協働推進センター運営事業"))
                .findFirst().orElseThrow();
        JsonObject doc = Api.get("/public/collaboration/evaluations/" + sheet.getString("id"), null).json();
        assertEquals("PUBLISHED", doc.getString("status"));
        assertEquals("2023-06-27", doc.getString("writtenOn"), "004's 記入日");
        assertEquals("2022-04-01", doc.getString("periodFrom"));
        assertEquals("センター長 伊吾田善行", doc.getJsonObject("partnerWriter").getString("responsible"));
        assertEquals("市民局地域支援部市民協働推進課", doc.getJsonObject("cityWriter").getString("organisation"));
        StringBuilder partner = new StringBuilder();
        StringBuilder city = new StringBuilder();
        for (JsonValue q : doc.getJsonArray("questions")) {
            partner.append(q.asJsonObject().getString("partner"));
            city.append(q.asJsonObject().getString("city"));
        }
        assertEquals("BBBBAA" + "BBBBBBB" + "AABB", partner.toString(), "004's 団体等 column");
        assertEquals("BBBAAA" + "ABBBBBB" + "AAAB", city.toString(), "004's 行政 column");
        assertEquals(0, doc.getInt("divergences"), "004 has no two-grade difference");
        List<JsonObject> areas = doc.getJsonArray("areas").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(8, areas.size(), "the 別紙's eight business items");
        assertEquals("総合相談事業", areas.get(0).getString("area"));
        assertTrue(areas.get(0).getString("partnerRoles").startsWith("１ 相談・提案受付業務"));
        assertTrue(areas.get(3).getString("cityRoles").equals("１ 各種講座企画への参画"));
        assertTrue(areas.get(0).getString("joint").contains("相談数に比例して継続フォローが増えていく"), "part 3");
    }

    @Test
    void aBureauOfficerKeepsTheirBureausProjectsOnly() {
        String project = Collaborations.createProject(bureauOfficer, "局の事業 " + UUID.randomUUID(), 2026);
        JsonObject created = Api.get("/collaboration/projects/" + project, bureauOfficer).json().getJsonObject("project");
        assertEquals("市民局", created.getString("ownerName"));
        assertEquals("BUREAU", created.getString("ownerKind"));
        // the city centre manages every bureau's projects; another bureau's officer does not find this one
        assertEquals(200, Api.get("/collaboration/projects/" + project, coordinator).status());
        assertEquals(404, Api.get("/collaboration/projects/" + project, otherBureauOfficer).status());
        assertEquals(404, Api.put("/collaboration/projects/" + project, otherBureauOfficer,
                Collaborations.project("乗っ取り", 2026), "If-Match", "\"1\"").status());
        assertEquals(404, Api.post("/collaboration/projects/" + project + "/contracts", otherBureauOfficer,
                Collaborations.contract(Collaborations.today(), Collaborations.today().plusMonths(3), List.of())).status());
        assertFalse(Api.get("/collaboration/projects?size=100", otherBureauOfficer).body().contains(project));
        assertEquals(1, Api.get("/collaboration/projects/" + project, bureauOfficer).json().getJsonObject("project")
                .getInt("version"), "nothing changed");
        // nor may an officer register a project for another bureau
        Api.Reply foreign = Api.post("/collaboration/projects", otherBureauOfficer, Collaborations.project("他局の事業", 2026));
        assertEquals(400, foreign.status(), foreign::toString);
        assertTrue(foreign.problemFields().contains("ownerName"));
        // a bureau's officer sees no ward's project, a ward office no other ward's
        String wardProject = Collaborations.createProject(staff, "区の事業 " + UUID.randomUUID(), 2026);
        assertEquals(404, Api.get("/collaboration/projects/" + wardProject, bureauOfficer).status());
        assertEquals(404, Api.get("/collaboration/projects/" + wardProject, otherWardOfficer).status());
        assertEquals(200, Api.get("/collaboration/projects/" + wardProject, wardOfficer).status());
    }

    @Test
    void officersTokensNameTheirPlace() {
        // a ward office's role on the city's account, a bureau's on a ward's, a bureau officer without a bureau
        assertEquals(403, Api.get("/collaboration/projects", Tokens.of("city", "ward-officer")).status());
        assertEquals(403, Api.get("/collaboration/projects", Tokens.of("tsurumi", "bureau-officer")).status());
        Api.Reply nameless = Api.get("/collaboration/projects", Tokens.with("city", "bureau-officer", c -> c.remove("bureau")));
        assertEquals(403, nameless.status(), nameless::toString);
        // officers never read a centre's personal data
        for (String officer : List.of(wardOfficer, bureauOfficer)) {
            assertEquals(403, Api.get("/consultations", officer).status());
            assertEquals(403, Api.get("/collaboration/proposals", officer).status());
            assertEquals(403, Api.get("/staff", officer).status());
        }
        JsonObject me = Api.get("/me", bureauOfficer).json();
        assertEquals("市民局", me.getString("bureau"));
        assertEquals("地域活動推進課", me.getString("division"));
    }

    private String manager() {
        return Tokens.of("city", "centre-manager");
    }

    @Test
    void twoEditorsOfTheSameColumnAtOnceGetOneSuccessAndOne412() throws Exception {
        JsonObject sheet = Collaborations.sheet(cityStaff, "同時編集 " + UUID.randomUUID());
        String id = sheet.getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> answers = new ArrayList<>();
            for (String grade : List.of("A", "D")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.put("/collaboration/evaluations/" + id + "/city", bureauOfficer,
                            Collaborations.fill(grade.repeat(17), List.of("", ""), "担当 " + grade), "If-Match", "\"1\"");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> answer : answers) {
                statuses.add(answer.get().status());
            }
            Collections.sort(statuses);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, Api.get("/collaboration/evaluations/" + id, cityStaff).json().getInt("version"));
    }

    @Test
    void anotherCentreGets404AndNothingChangesWhileHqOnlyReads() {
        String proposal = Api.post("/collaboration/proposals", staff, Collaborations.proposal("他区から見えない提案 " + UUID.randomUUID(), true))
                .json().getString("id");
        JsonObject sheet = Collaborations.sheet(staff, "他区から見えない事業 " + UUID.randomUUID());
        String evaluation = sheet.getString("id");
        String contract = sheet.getString("contractId");
        String project = sheet.getString("projectId");
        String name = Api.get("/collaboration/projects/" + project, staff).json().getJsonObject("project").getString("name");
        String terms = Collaborations.contract(Collaborations.today(), Collaborations.today().plusMonths(3), List.of());

        for (String stranger : List.of(otherWard, coordinator, otherWardOfficer, bureauOfficer)) {
            boolean officer = stranger.equals(otherWardOfficer) || stranger.equals(bureauOfficer);
            // the city government never reads proposals (403); another centre does not find them (404)
            int proposals = officer ? 403 : 404;
            // the 行政 column: another ward office or a bureau does not find the sheet; a centre may not write it at all
            int column = officer ? 404 : 403;
            assertEquals(proposals, Api.get("/collaboration/proposals/" + proposal, stranger).status());
            assertEquals(proposals, Api.put("/collaboration/proposals/" + proposal, stranger, Collaborations.proposal("乗っ取り", true),
                    "If-Match", "\"1\"").status());
            assertEquals(proposals, Api.post("/collaboration/proposals/" + proposal + "/advance", stranger,
                    Collaborations.move("ADJUSTING"), "If-Match", "\"1\"").status());
            assertEquals(proposals, Api.post("/collaboration/proposals/" + proposal + "/decision", stranger,
                    Collaborations.move("ADOPTED"), "If-Match", "\"1\"").status());
            assertEquals(proposals, Api.post("/collaboration/proposals/" + proposal + "/support-log", stranger,
                    "{\"date\":\"2026-01-05\",\"supporter\":\"x\",\"activity\":\"OTHER\"}").status());
            assertEquals(proposals, Api.post("/collaboration/proposals/" + proposal + "/contract", stranger, terms,
                    "If-Match", "\"1\"").status());
            assertEquals(404, Api.get("/collaboration/projects/" + project, stranger).status());
            assertEquals(404, Api.put("/collaboration/projects/" + project, stranger, Collaborations.project("乗っ取り", 2026),
                    "If-Match", "\"1\"").status());
            assertEquals(404, Api.post("/collaboration/projects/" + project + "/contracts", stranger, terms).status());
            assertEquals(404, Api.get("/collaboration/contracts/" + contract, stranger).status());
            assertEquals(404, Api.put("/collaboration/contracts/" + contract, stranger, terms, "If-Match", "\"3\"").status());
            assertEquals(404, Api.post("/collaboration/contracts/" + contract + "/steps", stranger, "{\"step\":\"START\"}",
                    "If-Match", "\"3\"").status());
            assertEquals(404, Api.post("/collaboration/contracts/" + contract + "/amendments", stranger,
                    "{\"reason\":\"x\",\"periodTo\":\"2030-01-01\",\"amount\":1}", "If-Match", "\"3\"").status());
            assertEquals(404, Api.post("/collaboration/contracts/" + contract + "/evaluations", stranger,
                    "{\"fiscalYear\":2027}").status());
            assertEquals(404, Api.get("/collaboration/evaluations/" + evaluation, stranger).status());
            assertEquals(column, Api.put("/collaboration/evaluations/" + evaluation + "/city", stranger,
                    Collaborations.fill("A".repeat(17), List.of("", ""), "x"), "If-Match", "\"0\"").status());
            assertEquals(column, Api.post("/collaboration/evaluations/" + evaluation + "/city/submit", stranger, "",
                    "If-Match", "\"0\"").status());
            assertEquals(404, Api.post("/collaboration/evaluations/" + evaluation + "/publish", stranger, "",
                    "If-Match", "\"0\"").status());
            assertFalse(Api.get("/collaboration/projects?size=100&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                    stranger).body().contains(project), "not in another centre's list");
            assertFalse(Api.get("/collaboration/evaluations", stranger).body().contains(evaluation));
            assertFalse(Api.get("/collaboration/proposals", stranger).body().contains(proposal));
        }
        // nothing changed
        assertEquals("SUBMITTED", Api.get("/collaboration/proposals/" + proposal, staff).json().getString("status"));
        JsonObject after = Api.get("/collaboration/contracts/" + contract, staff).json();
        assertEquals("ENDED", after.getString("status"));
        assertEquals(0, after.getJsonArray("amendments").size());
        assertEquals(1, after.getJsonArray("evaluations").size());
        JsonObject sheetAfter = Api.get("/collaboration/evaluations/" + evaluation, staff).json();
        assertEquals(1, sheetAfter.getInt("version"));
        assertFalse(sheetAfter.getJsonArray("questions").getJsonObject(0).containsKey("city"), "not graded by anyone");

        // HQ reads every centre's catalogue, writes nothing and never reads proposals (personal data)
        JsonObject seen = Api.get("/collaboration/projects/" + project, hq).json();
        assertFalse(seen.getBoolean("managed"));
        assertEquals(200, Api.get("/collaboration/contracts/" + contract, hq).status());
        JsonObject hqSheet = Api.get("/collaboration/evaluations/" + evaluation, hq).json();
        assertFalse(hqSheet.containsKey("partnerToken"), "HQ does not get the partner's link");
        assertEquals(403, Api.put("/collaboration/projects/" + project, hq, Collaborations.project("x", 2026),
                "If-Match", "\"1\"").status());
        assertEquals(403, Api.get("/collaboration/proposals/" + proposal, hq).status());
        assertEquals(403, Api.get("/collaboration/proposals", hq).status());
    }

    private JsonObject advance(String token, String id, String to, long version) {
        Api.Reply moved = Api.post("/collaboration/proposals/" + id + "/advance", token, Collaborations.move(to),
                "If-Match", "\"" + version + "\"");
        assertEquals(200, moved.status(), moved::toString);
        return moved.json();
    }

    private void decide(String id, String body, long version, int expected) {
        Api.Reply decided = Api.post("/collaboration/proposals/" + id + "/decision", manager, body,
                "If-Match", "\"" + version + "\"");
        assertEquals(expected, decided.status(), decided::toString);
    }
}
