package jp.kyodonet.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint of the API in one table: how to call it with a token and the id of a record of the token's
 * centre, which roles may, and how far that record has to have come ({@link #prepare}). The role matrix, the
 * isolation-at-scale test and the body fuzzer all walk this table, so an endpoint added here is covered by all three.
 */
final class Endpoints {

    private Endpoints() {
    }

    static final String NONE = "none";
    static final List<String> ROLES = List.of(NONE, "centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "ward-officer", "bureau-officer", "platform-admin");

    /** How far the record an endpoint works on has come before the call. */
    enum Stage { RECEIVED, ASSIGNED, IN_PROGRESS, REFERRED_HERE, REFERRED_AWAY, ORG_APPLIED, ORG_HEARD, SPACE, BOOKED, PROGRAMME, PROGRAMME_SESSION, PROGRAMME_REGISTRATION, SURVEY_TOKEN, REGISTRATION_TOKEN, FEED_TOKEN, PUBLIC_PROGRAMME,
        PROPOSAL, PROPOSAL_REVIEW, PROPOSAL_NEGOTIATION, PROPOSAL_TOKEN, PROJECT, CATALOGUE_ROW, CONTRACT_DRAFT,
        CONTRACT_ACTIVE, CONTRACT_ENDED, SHEET, SHEET_CITY_FILLED, SHEET_COMPLETED, PARTNER_TOKEN, PARTNER_FILLED, PUBLISHED_SHEET,
        PARTNER_TOKEN_COMPLETED, CENTRE_PARTNER_SHEET, CENTRE_PARTNER_FILLED,
        CASE_DRAFT, CASE_SUBMITTED, CASE_APPROVED, CASE_PUBLISHED, CASE_PUBLIC, CLOSED_CONSULTATION, MEETING, MATERIALS,
        ACTION, SUPPORT, SUPPORT_ANSWERED, STAFF_MEMBER, SAVED_VIEW, SURVEY, SURVEY_ANSWER, SURVEY_ROW, SURVEY_SUBMITTED,
        SURVEY_CLOSED_ROW }

    /** One endpoint: how to call it for a token and a record id of the token's centre, and who may. */
    record Endpoint(String name, Stage stage, BiFunction<String, String, Api.Reply> call, int success,
                            List<String> allowed, Map<String, Integer> special) {

        Endpoint(String name, Stage stage, BiFunction<String, String, Api.Reply> call, int success, List<String> allowed) {
            this(name, stage, call, success, allowed, Map.of());
        }
    }

    static final List<String> CONSULTATION_ROLES = List.of("centre-staff", "centre-manager", "network-coordinator");
    static final List<String> ASSIGNERS = List.of("centre-manager", "network-coordinator");
    static final List<String> EVERY_ROLE = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "ward-officer", "bureau-officer", "platform-admin");
    static final List<String> ANYONE = List.of(NONE, "centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "ward-officer", "bureau-officer", "platform-admin");
    /** The offices that answer the annual survey: a ward office, a bureau. */
    static final List<String> OFFICERS = List.of("ward-officer", "bureau-officer");
    /** The city government (行政): the city's division (hq-analyst), a ward office, a bureau. */
    static final List<String> GOVERNMENT = List.of("hq-analyst", "ward-officer", "bureau-officer");
    /** Who keeps the collaboration catalogue: a centre's people and the owning ward office or bureau. */
    static final List<String> COLLABORATION_WRITERS = List.of("centre-staff", "centre-manager", "network-coordinator",
            "ward-officer", "bureau-officer");
    static final List<String> COLLABORATION_READERS = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "ward-officer", "bureau-officer");
    /** Today in Japan, as the server counts days (the test JVM may run in UTC, 9 hours behind). */
    static final String TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
    static final List<String> CATALOGUE_READERS = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst");
    static final String GRADES = Collaborations.fill("B".repeat(17), List.of("記入", "記入"), "権限表 記入者");
    /** Part 3 of a sheet of two business areas. */
    static final String JOINT = "{\"texts\":[\"権限表の相互検証\",\"広報\"]}";

    static final List<Endpoint> ENDPOINTS = java.util.stream.Stream.of(
            recordParts("/consultations", Stage.RECEIVED, true),
            recordParts("/organisations", Stage.ORG_APPLIED, true),
            recordParts("/collaboration/proposals", Stage.PROPOSAL, true),
            recordParts("/collaboration/contracts", Stage.CONTRACT_DRAFT, true),
            recordParts("/network/cases", Stage.CASE_DRAFT, false),
            List.of(
            new Endpoint("GET /consultations", Stage.RECEIVED, (t, id) -> Api.get("/consultations", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /consultations", Stage.RECEIVED,
                    (t, id) -> Api.post("/consultations", t, Consultations.intake("権限表")), 201, CONSULTATION_ROLES),
            new Endpoint("GET /consultations/{id}", Stage.RECEIVED, (t, id) -> Api.get("/consultations/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /consultations/{id}", Stage.RECEIVED, (t, id) -> Api.put("/consultations/" + id, t,
                    Consultations.intake("権限表 更新"), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/hearing", Stage.RECEIVED, (t, id) -> Api.post(
                    "/consultations/" + id + "/hearing", t, "{\"note\":\"電話で確認\"}", "If-Match", "\"1\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/assignment", Stage.RECEIVED, (t, id) -> Api.post(
                    "/consultations/" + id + "/assignment", t, "{\"assigneeSubject\":\"" + Tokens.subject(t == null ? "aoba" : centreOf(t),
                    "centre-staff") + "\"}", "If-Match", "\"1\""),
                    200, ASSIGNERS),
            new Endpoint("POST /consultations/{id}/work", Stage.ASSIGNED, (t, id) -> Api.post(
                    "/consultations/" + id + "/work", t, "{\"experts\":\"税理士\"}", "If-Match", "\"2\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/follow-up", Stage.IN_PROGRESS, (t, id) -> Api.post(
                    "/consultations/" + id + "/follow-up", t, "{\"nextActionOn\":\"" + TODAY + "\"}", "If-Match", "\"3\""),
                    200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/close", Stage.ASSIGNED, (t, id) -> Api.post(
                    "/consultations/" + id + "/close", t, "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + TODAY + "\"}",
                    "If-Match", "\"2\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/case-cards", Stage.RECEIVED, (t, id) -> Api.post(
                    "/consultations/" + id + "/case-cards", t, "{\"writtenOn\":\"" + TODAY + "\",\"note\":\"来所\"}"),
                    201, CONSULTATION_ROLES),
            new Endpoint("GET /consultations/{id}/timeline", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultations/" + id + "/timeline", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/referrals", Stage.RECEIVED, (t, id) -> Api.post(
                    "/consultations/" + id + "/referrals", t, Referrals.body("konan", "紹介の概要", false)), 201,
                    CONSULTATION_ROLES),
            new Endpoint("GET /consultations/{id}/referrals", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultations/" + id + "/referrals", t), 200, CONSULTATION_ROLES),
            new Endpoint("GET /referrals", Stage.RECEIVED, (t, id) -> Api.get("/referrals?box=outgoing", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /referrals/{id}", Stage.REFERRED_HERE, (t, id) -> Api.get("/referrals/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /referrals/{id}/accept", Stage.REFERRED_HERE,
                    (t, id) -> Api.post("/referrals/" + id + "/accept", t, ""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /referrals/{id}/decline", Stage.REFERRED_HERE,
                    (t, id) -> Api.post("/referrals/" + id + "/decline", t, "{\"reason\":\"対応できる職員がいない\"}"), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /referrals/{id}/withdraw", Stage.REFERRED_AWAY,
                    (t, id) -> Api.post("/referrals/" + id + "/withdraw", t, ""), 200, CONSULTATION_ROLES),
            new Endpoint("GET /consultations/export", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultations/export?fiscalYear=2025", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/import", Stage.RECEIVED, (t, id) -> Api.postBytes("/consultations/import", t,
                    "text/csv; charset=UTF-8", ("受付日,相談経路,相談者区分,相談者名,相談区分,分野,相談内容\n2025-04-01,電話,市民,権限表,"
                            + "市民活動に関する相談,会計,権限表の取り込み " + java.util.UUID.randomUUID() + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 200, ASSIGNERS),
            new Endpoint("GET /organisations", Stage.ORG_APPLIED, (t, id) -> Api.get("/organisations", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /organisations", Stage.ORG_APPLIED,
                    (t, id) -> Api.post("/organisations", t, Organisations.application("権限表の団体", b -> { })), 201,
                    CONSULTATION_ROLES),
            new Endpoint("GET /organisations/{id}", Stage.ORG_APPLIED, (t, id) -> Api.get("/organisations/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /organisations/{id}", Stage.ORG_APPLIED, (t, id) -> Api.put("/organisations/" + id, t,
                    Organisations.application("権限表の団体 修正", b -> { }), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /organisations/{id}/hearing", Stage.ORG_APPLIED, (t, id) -> Api.post(
                    "/organisations/" + id + "/hearing", t, "{\"seeds\":\"種\"}", "If-Match", "\"1\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /organisations/{id}/registration", Stage.ORG_HEARD, (t, id) -> Api.post(
                    "/organisations/" + id + "/registration", t, Organisations.REQUIREMENTS_MET, "If-Match", "\"2\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /organisations/{id}/refusal", Stage.ORG_APPLIED, (t, id) -> Api.post(
                    "/organisations/" + id + "/refusal", t, "{\"reason\":\"要件外\"}", "If-Match", "\"1\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /organisations/requirements", Stage.ORG_APPLIED,
                    (t, id) -> Api.get("/organisations/requirements", t), 200, CONSULTATION_ROLES),
            new Endpoint("GET /organisations/renewals", Stage.ORG_APPLIED,
                    (t, id) -> Api.get("/organisations/renewals?fiscalYear=2024", t), 200, CONSULTATION_ROLES),
            new Endpoint("DELETE /organisations/{id}", Stage.ORG_APPLIED,
                    (t, id) -> Api.delete("/organisations/" + id, t, "If-Match", "\"1\""), 204, List.of("centre-manager")),
            new Endpoint("GET /organisation-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/organisation-vocabulary", t), 200, ANYONE),
            new Endpoint("GET /spaces", Stage.SPACE, (t, id) -> Api.get("/spaces", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /spaces", Stage.SPACE, (t, id) -> Api.post("/spaces", t, Bookings.room("権限表の部屋", b -> { })),
                    201, ASSIGNERS),
            new Endpoint("GET /spaces/{id}", Stage.SPACE, (t, id) -> Api.get("/spaces/" + id, t), 200, CONSULTATION_ROLES),
            new Endpoint("PUT /spaces/{id}", Stage.SPACE, (t, id) -> Api.put("/spaces/" + id, t,
                    Bookings.room("権限表の部屋 改", b -> { }), "If-Match", "\"1\""), 200, ASSIGNERS),
            new Endpoint("GET /spaces/{id}/usage", Stage.SPACE,
                    (t, id) -> Api.get("/spaces/" + id + "/usage?month=2026-12", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /bookings", Stage.SPACE, (t, id) -> Api.post("/bookings", t,
                    Bookings.internal(id, java.time.LocalDate.now().plusDays(5), "10:00", "11:00", b -> { })), 201,
                    CONSULTATION_ROLES),
            new Endpoint("GET /bookings", Stage.SPACE, (t, id) -> Api.get("/bookings?date=2026-12-01", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /bookings/{id}", Stage.BOOKED, (t, id) -> Api.get("/bookings/" + id, t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /bookings/{id}/cancel", Stage.BOOKED,
                    (t, id) -> Api.post("/bookings/" + id + "/cancel", t, "", "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("GET /public/availability (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/availability?centre=aoba&date=2026-12-01", t), 200, ANYONE),
            new Endpoint("GET /public/free-spaces (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/free-spaces?date=2026-12-01&from=10:00&to=11:00", t), 200, ANYONE),
            new Endpoint("GET /booking-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/booking-vocabulary", t), 200, ANYONE),
            new Endpoint("GET /programmes", Stage.PROGRAMME, (t, id) -> Api.get("/programmes", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /programmes", Stage.PROGRAMME,
                    (t, id) -> Api.post("/programmes", t, Programmes.programme("権限表の講座", 2026)), 201, CONSULTATION_ROLES),
            new Endpoint("GET /programmes/{id}", Stage.PROGRAMME, (t, id) -> Api.get("/programmes/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /programmes/{id}", Stage.PROGRAMME, (t, id) -> Api.put("/programmes/" + id, t,
                    Programmes.programme("権限表の講座 改", 2026), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /programmes/{id}/advance", Stage.PROGRAMME,
                    (t, id) -> Api.post("/programmes/" + id + "/advance", t, "", "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /programmes/{id}/sessions", Stage.PROGRAMME, (t, id) -> Api.post("/programmes/" + id + "/sessions",
                    t, Programmes.session("権限表の回", Programmes.inDays(9), 10)), 201, CONSULTATION_ROLES),
            new Endpoint("GET /programmes/{id}/survey-results", Stage.PROGRAMME,
                    (t, id) -> Api.get("/programmes/" + id + "/survey-results", t), 200, CONSULTATION_ROLES),
            new Endpoint("GET /programmes/figures", Stage.PROGRAMME, (t, id) -> Api.get("/programmes/figures", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /programmes/participants", Stage.PROGRAMME, (t, id) -> Api.get("/programmes/participants", t),
                    200, CONSULTATION_ROLES),
            new Endpoint("GET /programmes/sessions/{id}/registrations", Stage.PROGRAMME_SESSION,
                    (t, id) -> Api.get("/programmes/sessions/" + id + "/registrations", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /programmes/sessions/{id}/registrations", Stage.PROGRAMME_SESSION,
                    (t, id) -> Api.post("/programmes/sessions/" + id + "/registrations", t,
                            Programmes.person("権限表 太郎", "role@example.jp")), 201, CONSULTATION_ROLES),
            new Endpoint("PUT /programmes/sessions/{id}/attendance", Stage.PROGRAMME_SESSION,
                    (t, id) -> Api.put("/programmes/sessions/" + id + "/attendance", t, "{\"present\":[]}"), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /programmes/sessions/{id}/survey-results", Stage.PROGRAMME_SESSION,
                    (t, id) -> Api.get("/programmes/sessions/" + id + "/survey-results", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /programmes/registrations/{id}/cancel", Stage.PROGRAMME_REGISTRATION,
                    (t, id) -> Api.post("/programmes/registrations/" + id + "/cancel", t, ""), 204, CONSULTATION_ROLES),
            new Endpoint("GET /public/programmes/{centre}/{id} (public)", Stage.PUBLIC_PROGRAMME,
                    (t, id) -> Api.get("/public/programmes/" + id.substring(0, id.lastIndexOf('/')), t), 200, ANYONE),
            new Endpoint("POST /public/programmes/{centre}/{id}/sessions/{session}/registrations (public)",
                    Stage.PUBLIC_PROGRAMME, (t, id) -> Api.post("/public/programmes/" + id.substring(0, id.lastIndexOf('/'))
                            + "/sessions/" + id.substring(id.lastIndexOf('/') + 1) + "/registrations", t,
                    Programmes.person("権限表 申込者", "public@example.jp")), 201, ANYONE),
            new Endpoint("GET /public/surveys/{token} (public)", Stage.SURVEY_TOKEN,
                    (t, id) -> Api.get("/public/surveys/" + id, t), 200, ANYONE),
            new Endpoint("GET /public/surveys/{token}/qr (public)", Stage.SURVEY_TOKEN,
                    (t, id) -> Api.get("/public/surveys/" + id + "/qr", t), 200, ANYONE),
            new Endpoint("POST /public/surveys/{token} (public)", Stage.SURVEY_TOKEN, (t, id) -> Api.post("/public/surveys/" + id,
                    t, "{\"satisfaction\":4,\"understandingImproved\":true,\"motivationImproved\":false}"), 204, ANYONE),
            new Endpoint("GET /public/registrations/{token} (public)", Stage.REGISTRATION_TOKEN,
                    (t, id) -> Api.get("/public/registrations/" + id, t), 200, ANYONE),
            new Endpoint("POST /public/registrations/{token}/cancel (public)", Stage.REGISTRATION_TOKEN,
                    (t, id) -> Api.post("/public/registrations/" + id + "/cancel", t, ""), 200, ANYONE),
            new Endpoint("GET /programme-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/programme-vocabulary", t), 200, ANYONE),
            new Endpoint("GET /collaboration/proposals", Stage.PROPOSAL, (t, id) -> Api.get("/collaboration/proposals", t),
                    200, CONSULTATION_ROLES),
            new Endpoint("POST /collaboration/proposals", Stage.PROPOSAL, (t, id) -> Api.post("/collaboration/proposals", t,
                    Collaborations.proposal("権限表の提案", true)), 201, CONSULTATION_ROLES),
            new Endpoint("GET /collaboration/proposals/{id}", Stage.PROPOSAL,
                    (t, id) -> Api.get("/collaboration/proposals/" + id, t), 200, CONSULTATION_ROLES),
            new Endpoint("PUT /collaboration/proposals/{id}", Stage.PROPOSAL, (t, id) -> Api.put("/collaboration/proposals/" + id,
                    t, Collaborations.proposal("権限表の提案 更新", true), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /collaboration/proposals/{id}/advance", Stage.PROPOSAL, (t, id) -> Api.post(
                    "/collaboration/proposals/" + id + "/advance", t, Collaborations.move("ADJUSTING"), "If-Match", "\"1\""),
                    200, CONSULTATION_ROLES),
            new Endpoint("POST /collaboration/proposals/{id}/decision", Stage.PROPOSAL_REVIEW, (t, id) -> Api.post(
                    "/collaboration/proposals/" + id + "/decision", t, Collaborations.move("ADOPTED"), "If-Match", "\"2\""),
                    200, ASSIGNERS),
            new Endpoint("POST /collaboration/proposals/{id}/support-log", Stage.PROPOSAL, (t, id) -> Api.post(
                    "/collaboration/proposals/" + id + "/support-log", t,
                    "{\"date\":\"" + TODAY + "\",\"supporter\":\"担当\",\"activity\":\"DISCUSSION\"}"), 201, CONSULTATION_ROLES),
            new Endpoint("POST /collaboration/proposals/{id}/contract", Stage.PROPOSAL_NEGOTIATION, (t, id) -> Api.post(
                    "/collaboration/proposals/" + id + "/contract", t, Collaborations.contractFromProposal(), "If-Match",
                    "\"4\""), 201, CONSULTATION_ROLES),
            new Endpoint("GET /collaboration/projects", Stage.PROJECT, (t, id) -> Api.get("/collaboration/projects", t), 200,
                    COLLABORATION_READERS),
            new Endpoint("POST /collaboration/projects", Stage.PROJECT, (t, id) -> Api.post("/collaboration/projects", t,
                    Collaborations.project("権限表の事業", 2026)), 201, COLLABORATION_WRITERS),
            new Endpoint("POST /collaboration/projects/import", Stage.CATALOGUE_ROW, (t, id) -> Api.postBytes(
                    "/collaboration/projects/import?fiscalYear=" + Collaborations.unusedFiscalYear(), t,
                    "text/csv; charset=UTF-8", id.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 200, ASSIGNERS),
            new Endpoint("GET /collaboration/projects/{id}", Stage.PROJECT,
                    (t, id) -> Api.get("/collaboration/projects/" + id, t), 200, COLLABORATION_READERS),
            new Endpoint("PUT /collaboration/projects/{id}", Stage.PROJECT, (t, id) -> Api.put("/collaboration/projects/" + id, t,
                    Collaborations.project("権限表の事業 更新", 2026), "If-Match", "\"1\""), 200, COLLABORATION_WRITERS),
            new Endpoint("POST /collaboration/projects/{id}/contracts", Stage.PROJECT, (t, id) -> Api.post(
                    "/collaboration/projects/" + id + "/contracts", t, Collaborations.contract(Collaborations.today(),
                            Collaborations.today().plusMonths(6), List.of())), 201, COLLABORATION_WRITERS),
            new Endpoint("GET /collaboration/contracts/{id}", Stage.CONTRACT_DRAFT,
                    (t, id) -> Api.get("/collaboration/contracts/" + id, t), 200, COLLABORATION_READERS),
            new Endpoint("PUT /collaboration/contracts/{id}", Stage.CONTRACT_DRAFT, (t, id) -> Api.put(
                    "/collaboration/contracts/" + id, t, Collaborations.contract(Collaborations.today(),
                            Collaborations.today().plusMonths(9), List.of()), "If-Match", "\"1\""), 200, COLLABORATION_WRITERS),
            new Endpoint("POST /collaboration/contracts/{id}/steps", Stage.CONTRACT_DRAFT, (t, id) -> Api.post(
                    "/collaboration/contracts/" + id + "/steps", t, "{\"step\":\"SIGN\"}", "If-Match", "\"1\""), 200,
                    COLLABORATION_WRITERS),
            new Endpoint("POST /collaboration/contracts/{id}/amendments", Stage.CONTRACT_ACTIVE, (t, id) -> Api.post(
                    "/collaboration/contracts/" + id + "/amendments", t, "{\"reason\":\"延長\",\"periodTo\":\""
                            + Collaborations.today().plusYears(1) + "\",\"amount\":100}", "If-Match", "\"3\""), 200,
                    COLLABORATION_WRITERS),
            new Endpoint("POST /collaboration/contracts/{id}/evaluations", Stage.CONTRACT_ENDED, (t, id) -> Api.post(
                    "/collaboration/contracts/" + id + "/evaluations", t, "{\"fiscalYear\":" + Collaborations.thisFiscalYear()
                            + "}"), 201, COLLABORATION_WRITERS),
            new Endpoint("GET /collaboration/evaluations", Stage.SHEET,
                    (t, id) -> Api.get("/collaboration/evaluations", t), 200, COLLABORATION_READERS),
            new Endpoint("GET /collaboration/evaluations/{id}", Stage.SHEET,
                    (t, id) -> Api.get("/collaboration/evaluations/" + id, t), 200, COLLABORATION_READERS),
            new Endpoint("PUT /collaboration/evaluations/{id}/city", Stage.SHEET, (t, id) -> Api.put(
                    "/collaboration/evaluations/" + id + "/city", t, GRADES, "If-Match", "\"1\""), 200, GOVERNMENT),
            new Endpoint("POST /collaboration/evaluations/{id}/city/submit", Stage.SHEET_CITY_FILLED, (t, id) -> Api.post(
                    "/collaboration/evaluations/" + id + "/city/submit", t, "", "If-Match", "\"2\""), 200, GOVERNMENT),
            new Endpoint("PUT /collaboration/evaluations/{id}/partner", Stage.CENTRE_PARTNER_SHEET, (t, id) -> Api.put(
                    "/collaboration/evaluations/" + id + "/partner", t, GRADES, "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /collaboration/evaluations/{id}/partner/submit", Stage.CENTRE_PARTNER_FILLED, (t, id) -> Api.post(
                    "/collaboration/evaluations/" + id + "/partner/submit", t, "", "If-Match", "\"2\""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /collaboration/evaluations/{id}/joint", Stage.SHEET_COMPLETED, (t, id) -> Api.put(
                    "/collaboration/evaluations/" + id + "/joint", t, JOINT, "If-Match", "\"5\""), 200, GOVERNMENT),
            new Endpoint("POST /collaboration/evaluations/{id}/publish", Stage.SHEET_COMPLETED, (t, id) -> Api.post(
                    "/collaboration/evaluations/" + id + "/publish", t, "", "If-Match", "\"5\""), 200,
                    List.of("centre-manager", "network-coordinator", "hq-analyst", "ward-officer", "bureau-officer")),
            // the annual survey of 区局: the division runs it, each office answers its own part ("answer/row" for a row)
            new Endpoint("GET /collaboration/surveys", Stage.RECEIVED, (t, id) -> Api.get("/collaboration/surveys", t), 200,
                    GOVERNMENT),
            new Endpoint("POST /collaboration/surveys", Stage.RECEIVED, (t, id) -> Api.post("/collaboration/surveys", t,
                    "{\"fiscalYear\":" + Surveys.unusedYear() + "}"), 201, List.of("hq-analyst")),
            new Endpoint("GET /collaboration/surveys/{id}", Stage.SURVEY,
                    (t, id) -> Api.get("/collaboration/surveys/" + id, t), 200, GOVERNMENT),
            new Endpoint("POST /collaboration/surveys/{id}/offices", Stage.SURVEY, (t, id) -> Api.post(
                    "/collaboration/surveys/" + id + "/offices", t, "{\"bureau\":\"権限表局 " + java.util.UUID.randomUUID()
                            .toString().substring(0, 8) + "\"}"), 200, List.of("hq-analyst")),
            new Endpoint("POST /collaboration/surveys/{id}/reminders", Stage.SURVEY,
                    (t, id) -> Api.post("/collaboration/surveys/" + id + "/reminders", t, ""), 200, List.of("hq-analyst")),
            new Endpoint("POST /collaboration/surveys/{id}/close", Stage.SURVEY, (t, id) -> Api.post(
                    "/collaboration/surveys/" + id + "/close", t, "", "If-Match", "\"1\""), 200, List.of("hq-analyst")),
            new Endpoint("GET /collaboration/survey-answers/{id}", Stage.SURVEY_ANSWER,
                    (t, id) -> Api.get("/collaboration/survey-answers/" + id, t), 200, GOVERNMENT),
            new Endpoint("POST /collaboration/survey-answers/{id}/rows", Stage.SURVEY_ANSWER, (t, id) -> Api.post(
                    "/collaboration/survey-answers/" + id + "/rows", t, Surveys.row("権限表の照会事業", 1)), 201, OFFICERS),
            new Endpoint("PUT /collaboration/survey-answers/{id}/rows/{row}", Stage.SURVEY_ROW, (t, id) -> Api.put(
                    "/collaboration/survey-answers/" + id.replace("/", "/rows/"), t, Surveys.row("権限表の照会事業 確認", 0),
                    "If-Match", "\"1\""), 200, OFFICERS),
            new Endpoint("DELETE /collaboration/survey-answers/{id}/rows/{row}", Stage.SURVEY_ROW, (t, id) -> Api.delete(
                    "/collaboration/survey-answers/" + id.replace("/", "/rows/"), t, "If-Match", "\"1\""), 200, OFFICERS),
            new Endpoint("POST /collaboration/survey-answers/{id}/submit", Stage.SURVEY_ANSWER, (t, id) -> Api.post(
                    "/collaboration/survey-answers/" + id + "/submit", t, "", "If-Match", "\"1\""), 200, OFFICERS),
            new Endpoint("POST /collaboration/survey-answers/{id}/return", Stage.SURVEY_SUBMITTED, (t, id) -> Api.post(
                    "/collaboration/survey-answers/" + id + "/return", t, "{\"reason\":\"件数を確認してください\"}",
                    "If-Match", "\"2\""), 200, List.of("hq-analyst")),
            new Endpoint("PUT /collaboration/survey-answers/{id}/rows/{row}/correction", Stage.SURVEY_CLOSED_ROW,
                    (t, id) -> Api.put("/collaboration/survey-answers/" + id.replace("/", "/rows/") + "/correction", t,
                            Surveys.row("権限表の照会事業", 2).replaceFirst("\\}$", ",\"reason\":\"件数の訂正\"}"),
                            "If-Match", "\"2\""), 200, List.of("hq-analyst")),
            new Endpoint("GET /public/collaboration/report (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/collaboration/report?fiscalYear=2020", t), 200, ANYONE),
            new Endpoint("GET /public/collaboration/report.csv (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/collaboration/report.csv?fiscalYear=2020", t), 200, ANYONE),
            new Endpoint("GET /public/collaboration/report.pdf (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/collaboration/report.pdf?fiscalYear=2020", t), 200, ANYONE),
            new Endpoint("GET /public/collaboration/evaluations (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/collaboration/evaluations", t), 200, ANYONE),
            new Endpoint("GET /public/collaboration/evaluations/{id} (public)", Stage.PUBLISHED_SHEET,
                    (t, id) -> Api.get("/public/collaboration/evaluations/" + id, t), 200, ANYONE),
            new Endpoint("GET /public/collaboration/partner-sheets/{token} (public)", Stage.PARTNER_TOKEN,
                    (t, id) -> Api.get("/public/collaboration/partner-sheets/" + id, t), 200, ANYONE),
            new Endpoint("PUT /public/collaboration/partner-sheets/{token} (public)", Stage.PARTNER_TOKEN, (t, id) -> Api.put(
                    "/public/collaboration/partner-sheets/" + id, t, GRADES, "If-Match", "\"1\""), 200, ANYONE),
            new Endpoint("POST /public/collaboration/partner-sheets/{token}/submit (public)", Stage.PARTNER_FILLED,
                    (t, id) -> Api.post("/public/collaboration/partner-sheets/" + id + "/submit", t, "", "If-Match", "\"2\""),
                    200, ANYONE),
            new Endpoint("PUT /public/collaboration/partner-sheets/{token}/joint (public)", Stage.PARTNER_TOKEN_COMPLETED,
                    (t, id) -> Api.put("/public/collaboration/partner-sheets/" + id + "/joint", t, JOINT, "If-Match", "\"5\""),
                    200, ANYONE),
            new Endpoint("GET /public/collaboration/proposals/{token} (public)", Stage.PROPOSAL_TOKEN,
                    (t, id) -> Api.get("/public/collaboration/proposals/" + id, t), 200, ANYONE),
            new Endpoint("GET /collaboration-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/collaboration-vocabulary", t), 200, ANYONE),
            new Endpoint("GET /network/cases", Stage.CASE_DRAFT, (t, id) -> Api.get("/network/cases?library=mine", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /network/cases", Stage.CASE_DRAFT, (t, id) -> Api.post("/network/cases", t,
                    Network.caseBody("権限表の事例", true)), 201, CONSULTATION_ROLES),
            new Endpoint("POST /network/cases/from-consultation/{id}", Stage.CLOSED_CONSULTATION,
                    (t, id) -> Api.post("/network/cases/from-consultation/" + id, t, ""), 201, CONSULTATION_ROLES),
            new Endpoint("POST /network/cases/from-project/{id}", Stage.PROJECT,
                    (t, id) -> Api.post("/network/cases/from-project/" + id, t, ""), 201, CONSULTATION_ROLES),
            new Endpoint("GET /network/cases/{id}", Stage.CASE_DRAFT, (t, id) -> Api.get("/network/cases/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /network/cases/{id}", Stage.CASE_DRAFT, (t, id) -> Api.put("/network/cases/" + id, t,
                    Network.caseBody("権限表の事例 更新", true), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /network/cases/{id}/submit", Stage.CASE_DRAFT, (t, id) -> Api.post("/network/cases/" + id
                    + "/submit", t, "", "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /network/cases/{id}/return", Stage.CASE_SUBMITTED, (t, id) -> Api.post("/network/cases/" + id
                    + "/return", t, "", "If-Match", "\"2\""), 200, ASSIGNERS),
            new Endpoint("POST /network/cases/{id}/approve", Stage.CASE_SUBMITTED, (t, id) -> Api.post("/network/cases/" + id
                    + "/approve", t, "", "If-Match", "\"2\""), 200, ASSIGNERS),
            new Endpoint("POST /network/cases/{id}/publish", Stage.CASE_APPROVED, (t, id) -> Api.post("/network/cases/" + id
                    + "/publish", t, "{\"public\":false}", "If-Match", "\"3\""), 200, ASSIGNERS),
            new Endpoint("POST /network/cases/{id}/archive", Stage.CASE_PUBLISHED, (t, id) -> Api.post("/network/cases/" + id
                    + "/archive", t, "", "If-Match", "\"4\""), 200, ASSIGNERS),
            new Endpoint("POST /network/cases/{id}/comments", Stage.CASE_PUBLISHED, (t, id) -> Api.post("/network/cases/" + id
                    + "/comments", t, "{\"body\":\"参考になりました\"}"), 201, CONSULTATION_ROLES),
            new Endpoint("GET /public/cases (public)", Stage.RECEIVED, (t, id) -> Api.get("/public/cases", t), 200, ANYONE),
            new Endpoint("GET /public/cases/{id} (public)", Stage.CASE_PUBLIC, (t, id) -> Api.get("/public/cases/" + id, t), 200,
                    ANYONE),
            new Endpoint("GET /network-vocabulary (public)", Stage.RECEIVED, (t, id) -> Api.get("/network-vocabulary", t), 200,
                    ANYONE),
            new Endpoint("GET /network/meetings", Stage.MEETING, (t, id) -> Api.get("/network/meetings", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /network/meetings/figures", Stage.MEETING, (t, id) -> Api.get("/network/meetings/figures", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /network/meetings", Stage.MEETING, (t, id) -> Api.post("/network/meetings", t,
                    Network.meeting("権限表の会議", TODAY)), 201, List.of("network-coordinator")),
            new Endpoint("GET /network/meetings/{id}", Stage.MEETING, (t, id) -> Api.get("/network/meetings/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /network/meetings/{id}", Stage.MEETING, (t, id) -> Api.put("/network/meetings/" + id, t,
                    Network.meeting("権限表の会議 更新", TODAY), "If-Match", "\"1\""), 200, List.of("network-coordinator")),
            new Endpoint("POST /network/meetings/{id}/agenda", Stage.MEETING, (t, id) -> Api.post("/network/meetings/" + id
                    + "/agenda", t, "{\"kind\":\"REPORT\",\"title\":\"報告\"}"), 201, List.of("network-coordinator")),
            new Endpoint("PUT /network/meetings/{id}/attendance", Stage.MEETING, (t, id) -> Api.put("/network/meetings/" + id
                    + "/attendance", t, Network.attendance("aoba", "WARD_OFFICE", 1)), 200, List.of("network-coordinator")),
            new Endpoint("POST /network/meetings/{id}/actions", Stage.MEETING, (t, id) -> Api.post("/network/meetings/" + id
                    + "/actions", t, "{\"assignee\":\"aoba\",\"title\":\"宿題\",\"dueOn\":\"" + TODAY + "\"}"), 201,
                    List.of("network-coordinator")),
            new Endpoint("POST /network/meetings/{id}/materials", Stage.MEETING, (t, id) -> Api.post("/network/meetings/" + id
                    + "/materials", t, ""), 201, List.of("network-coordinator")),
            new Endpoint("GET /network/materials/{id}", Stage.MATERIALS, (t, id) -> Api.get("/network/materials/" + id, t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /network/materials/{id}/pdf", Stage.MATERIALS,
                    (t, id) -> Api.get("/network/materials/" + id + "/pdf", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /network/materials/{id}/official", Stage.MATERIALS, (t, id) -> Api.post("/network/materials/"
                    + id + "/official", t, ""), 200, List.of("network-coordinator")),
            new Endpoint("GET /network/action-items", Stage.ACTION, (t, id) -> Api.get("/network/action-items", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /network/action-items/{id}", Stage.ACTION, (t, id) -> Api.put("/network/action-items/" + id, t,
                    "{\"status\":\"DONE\"}", "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("GET /network/support-requests", Stage.SUPPORT, (t, id) -> Api.get("/network/support-requests", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /network/support-requests", Stage.SUPPORT, (t, id) -> Api.post("/network/support-requests", t,
                    "{\"topic\":\"相談\",\"body\":\"支援してほしい\"}"), 201, CONSULTATION_ROLES,
                    Map.of("network-coordinator", 400)),
            new Endpoint("GET /network/support-requests/{id}", Stage.SUPPORT,
                    (t, id) -> Api.get("/network/support-requests/" + id, t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /network/support-requests/{id}/answer", Stage.SUPPORT, (t, id) -> Api.post(
                    "/network/support-requests/" + id + "/answer", t, "{\"answer\":\"回答\"}", "If-Match", "\"1\""), 200,
                    List.of("network-coordinator")),
            new Endpoint("POST /network/support-requests/{id}/close", Stage.SUPPORT_ANSWERED, (t, id) -> Api.post(
                    "/network/support-requests/" + id + "/close", t, "", "If-Match", "\"2\""), 200, CONSULTATION_ROLES,
                    Map.of("network-coordinator", 409)),
            new Endpoint("GET /kpi/catalogue (public)", Stage.RECEIVED, (t, id) -> Api.get("/kpi/catalogue", t), 200, ANYONE),
            new Endpoint("GET /staff", Stage.RECEIVED, (t, id) -> Api.get("/staff", t), 200, CONSULTATION_ROLES),
            new Endpoint("PUT /staff/{id}", Stage.STAFF_MEMBER, (t, id) -> Api.put("/staff/" + id, t, "{\"active\":false}",
                    "If-Match", "\"1\""), 200, ASSIGNERS),
            // signing in: the options, the demo sign-in (demo mode), and the portal's server-held sign-in; without its
            // cookie the token and sign-out calls find no session, and a bearer token changes nothing
            new Endpoint("GET /session (public)", Stage.RECEIVED, (t, id) -> Api.get("/session", t), 200, ANYONE),
            new Endpoint("GET /session/sign-in (public)", Stage.RECEIVED, (t, id) -> Api.get("/session/sign-in?to=portal.html", t),
                    303, ANYONE),
            new Endpoint("POST /session/token (public)", Stage.RECEIVED, (t, id) -> Api.send("POST", "/session/token", t, null, null,
                    "X-Kyodo-Session", "1"), 401, ANYONE),
            new Endpoint("POST /session/sign-out (public)", Stage.RECEIVED, (t, id) -> Api.send("POST", "/session/sign-out", t, null,
                    null, "X-Kyodo-Session", "1"), 200, ANYONE),
            new Endpoint("GET /demo/sign-in (public)", Stage.RECEIVED, (t, id) -> Api.get("/demo/sign-in", t), 200, ANYONE),
            new Endpoint("POST /demo/sign-in (public)", Stage.RECEIVED, (t, id) -> Api.post("/demo/sign-in", t,
                    "{\"tenant\":\"aoba\",\"role\":\"centre-staff\"}"), 200, ANYONE),
            new Endpoint("GET /kpi/targets", Stage.RECEIVED, (t, id) -> Api.get("/kpi/targets", t), 200, CATALOGUE_READERS),
            new Endpoint("PUT /kpi/targets/{centre}/{year}/{code}", Stage.RECEIVED, (t, id) -> Api.put("/kpi/targets/"
                    + (t == null ? "aoba" : centreOf(t)) + "/" + Collaborations.unusedFiscalYear() + "/consultations.received", t,
                    "{\"value\":100}"), 200, List.of("centre-manager", "network-coordinator", "hq-analyst")),
            new Endpoint("GET /inbox", Stage.RECEIVED, (t, id) -> Api.get("/inbox", t), 200, COLLABORATION_READERS),
            new Endpoint("GET /kpi/reported-figures", Stage.RECEIVED, (t, id) -> Api.get("/kpi/reported-figures", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /kpi/reported-figures/{kind}/{month}", Stage.RECEIVED, (t, id) -> Api.put(
                    "/kpi/reported-figures/MAIL_MAGAZINE_REGISTRATIONS/" + PlanTargetsIT.unusedMonth(t == null ? "aoba"
                            : centreOf(t)), t, "{\"value\":1200}"), 200, CONSULTATION_ROLES),
            new Endpoint("GET /kpi/dashboard", Stage.RECEIVED, (t, id) -> Api.get("/kpi/dashboard", t), 200, CATALOGUE_READERS),
            new Endpoint("GET /kpi/city", Stage.RECEIVED, (t, id) -> Api.get("/kpi/city?code=consultations.received", t), 200,
                    List.of("network-coordinator", "hq-analyst")),
            new Endpoint("GET /kpi/city/summary", Stage.RECEIVED, (t, id) -> Api.get("/kpi/city/summary", t), 200,
                    List.of("network-coordinator", "hq-analyst")),
            new Endpoint("GET /kpi/city/summary.csv", Stage.RECEIVED, (t, id) -> Api.get("/kpi/city/summary.csv", t), 200,
                    List.of("network-coordinator", "hq-analyst")),
            new Endpoint("POST /kpi/facts/rebuild", Stage.RECEIVED, (t, id) -> Api.post("/kpi/facts/rebuild?fiscalYear="
                    + Collaborations.unusedFiscalYear(), t, ""), 200, List.of("hq-analyst")),
            new Endpoint("POST /kpi/facts/check", Stage.RECEIVED, (t, id) -> Api.post("/kpi/facts/check", t, ""), 200,
                    List.of("hq-analyst")),
            new Endpoint("GET /kpi/facts/status", Stage.RECEIVED, (t, id) -> Api.get("/kpi/facts/status", t), 200,
                    CATALOGUE_READERS),
            new Endpoint("GET /public/kpi/open-data (public)", Stage.RECEIVED, (t, id) -> Api.get("/public/kpi/open-data", t),
                    200, ANYONE),
            new Endpoint("GET /public/kpi/open-data.csv (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/kpi/open-data.csv", t), 200, ANYONE),
            new Endpoint("DELETE /consultations/{id}", Stage.RECEIVED,
                    (t, id) -> Api.delete("/consultations/" + id, t, "If-Match", "\"1\""), 204, List.of("centre-manager")),
            new Endpoint("GET /consultations/{id}/audit-trail", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultations/" + id + "/audit-trail", t), 200, List.of("centre-manager")),
            new Endpoint("GET /audit-entries", Stage.RECEIVED, (t, id) -> Api.get("/audit-entries", t), 200,
                    List.of("centre-manager")),
            new Endpoint("GET /hq/consultation-figures", Stage.RECEIVED, (t, id) -> Api.get("/hq/consultation-figures", t),
                    200, List.of("hq-analyst", "network-coordinator")),
            new Endpoint("GET /me/views", Stage.RECEIVED, (t, id) -> Api.get("/me/views?page=consultations", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /me/views", Stage.RECEIVED, (t, id) -> Api.post("/me/views", t,
                    "{\"page\":\"consultations\",\"name\":\"権限表のビュー\",\"query\":\"status=RECEIVED&sort=nextActionOn\"}"),
                    201, CONSULTATION_ROLES),
            // a view is its person's own: the record is a colleague's view, which no role of the centre finds (404);
            // a person removing their own view (204) is SavedViewsIT's
            new Endpoint("DELETE /me/views/{id}", Stage.SAVED_VIEW, (t, id) -> Api.delete("/me/views/" + id, t), 204,
                    CONSULTATION_ROLES, Map.of("centre-staff", 404, "centre-manager", 404, "network-coordinator", 404)),
            new Endpoint("GET /me", Stage.RECEIVED, (t, id) -> Api.get("/me", t), 200, EVERY_ROLE),
            // GET /me/notifications puts the person in the directory, as GET /me does (the PUT needs them there)
            new Endpoint("GET /me/notifications", Stage.RECEIVED, (t, id) -> Api.get("/me/notifications", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("PUT /me/notifications", Stage.RECEIVED, (t, id) -> Api.put("/me/notifications", t,
                    "{\"delivery\":\"IMMEDIATE\",\"language\":\"ja\"}"), 200, CONSULTATION_ROLES),
            new Endpoint("GET /me/calendar-feed", Stage.RECEIVED, (t, id) -> Api.get("/me/calendar-feed", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("POST /me/calendar-feed", Stage.RECEIVED, (t, id) -> Api.post("/me/calendar-feed", t, ""), 200,
                    CONSULTATION_ROLES),
            new Endpoint("DELETE /me/calendar-feed", Stage.RECEIVED, (t, id) -> Api.delete("/me/calendar-feed", t), 200,
                    CONSULTATION_ROLES),
            new Endpoint("GET /calendar", Stage.RECEIVED, (t, id) -> Api.get("/calendar?from=" + TODAY + "&to="
                    + java.time.LocalDate.parse(TODAY).plusDays(41), t), 200, CONSULTATION_ROLES),
            new Endpoint("GET /public/events (public)", Stage.RECEIVED, (t, id) -> Api.get("/public/events", t), 200, ANYONE),
            new Endpoint("GET /public/centres/{centre}/events.ics (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/public/centres/aoba/events.ics", t), 200, ANYONE),
            new Endpoint("GET /public/calendar-feeds/{token}.ics (public)", Stage.FEED_TOKEN,
                    (t, id) -> Api.get("/public/calendar-feeds/" + id + ".ics", t), 200, ANYONE),
            new Endpoint("GET /platform/mail/outbox", Stage.RECEIVED, (t, id) -> Api.get("/platform/mail/outbox", t), 200,
                    List.of("platform-admin")),
            new Endpoint("POST /platform/mail/digest", Stage.RECEIVED, (t, id) -> Api.post("/platform/mail/digest", t, ""),
                    200, List.of("platform-admin")),
            new Endpoint("POST /platform/mail/reminders", Stage.RECEIVED,
                    (t, id) -> Api.post("/platform/mail/reminders", t, ""), 200, List.of("platform-admin")),
            new Endpoint("GET /tenants (public)", Stage.RECEIVED, (t, id) -> Api.get("/tenants", t), 200, ANYONE),
            new Endpoint("GET /consultation-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultation-vocabulary", t), 200, ANYONE)))
            .flatMap(List::stream).toList();

    /**
     * The files and comments of a kind of record: {@code base} its collection. A file or comment an endpoint reads
     * or removes is made first with the caller's own token (its author, who may remove it); a caller who may not
     * make one (another centre, a role without the right) gets an id that exists nowhere, and the answer is the
     * same 401, 403 or 404.
     */
    private static List<Endpoint> recordParts(String base, Stage stage, boolean comments) {
        List<Endpoint> parts = new java.util.ArrayList<>(List.of(
                new Endpoint("GET " + base + "/{id}/attachments", stage,
                        (t, id) -> Api.get(base + "/" + id + "/attachments", t), 200, CONSULTATION_ROLES),
                new Endpoint("POST " + base + "/{id}/attachments", stage,
                        (t, id) -> RecordFilesIT.upload(base, id, t, "権限表.pdf", RecordFilesIT.pdf(2_000)), 201,
                        CONSULTATION_ROLES),
                new Endpoint("GET " + base + "/{id}/attachments/{attachmentId}", stage, (t, id) -> Api.get(base + "/" + id
                        + "/attachments/" + made(RecordFilesIT.upload(base, id, t, "権限表.pdf", RecordFilesIT.pdf(100))), t),
                        200, CONSULTATION_ROLES),
                new Endpoint("DELETE " + base + "/{id}/attachments/{attachmentId}", stage, (t, id) -> Api.delete(base + "/"
                        + id + "/attachments/" + made(RecordFilesIT.upload(base, id, t, "権限表.pdf", RecordFilesIT.pdf(100))),
                        t), 204, CONSULTATION_ROLES)));
        if (comments) {
            String comment = "{\"body\":\"権限表のコメント\",\"mentions\":[]}";
            parts.addAll(List.of(
                    new Endpoint("GET " + base + "/{id}/comments", stage,
                            (t, id) -> Api.get(base + "/" + id + "/comments", t), 200, CONSULTATION_ROLES),
                    new Endpoint("POST " + base + "/{id}/comments", stage,
                            (t, id) -> Api.post(base + "/" + id + "/comments", t, comment), 201, CONSULTATION_ROLES),
                    new Endpoint("DELETE " + base + "/{id}/comments/{commentId}", stage, (t, id) -> Api.delete(base + "/"
                            + id + "/comments/" + made(Api.post(base + "/" + id + "/comments", t, comment)), t), 204,
                            CONSULTATION_ROLES)));
        }
        return parts;
    }

    /** The id of what a 201 made, or an id that exists nowhere. */
    private static String made(Api.Reply reply) {
        return reply.status() == 201 ? reply.json().getString("id") : java.util.UUID.randomUUID().toString();
    }

    static final Map<String, String> CENTRE_OF_ROLE = Map.of(
            "centre-staff", "aoba", "centre-manager", "aoba", "network-coordinator", "city", "hq-analyst", "city",
            "ward-officer", "aoba", "bureau-officer", "city", "platform-admin", "city");

    /** A fresh record of the centre, brought to {@code stage} by its own people, so success means the role. */
    static String prepare(String centre, Stage stage) {
        String worker = Tokens.of(centre, "aoba".equals(centre) ? "centre-staff" : "network-coordinator");
        String assigner = Tokens.of(centre, "aoba".equals(centre) ? "centre-manager" : "network-coordinator");
        if (stage == Stage.STAFF_MEMBER) {
            // a person of the centre who has just signed in for the first time (their entry is at version 1)
            String subject = "it-" + centre + "-person-" + java.util.UUID.randomUUID();
            Staff.signIn(Tokens.with(centre, "centre-staff", c -> c.add("sub", subject).add("name", "名簿 " + subject)));
            return Api.get("/staff", worker).jsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(p -> subject.equals(p.getString("subject"))).findFirst().orElseThrow().getString("id");
        }
        if (stage == Stage.SAVED_VIEW) {
            // a view saved by a colleague of the centre, whom no test token (of either issuer) speaks for
            String colleague = Tokens.with(centre, "centre-staff", c -> c.add("sub", "it-" + centre + "-views-owner")
                    .add("name", "ビューの持ち主"));
            return Api.post("/me/views", colleague, "{\"page\":\"consultations\",\"name\":\"権限表 " + java.util.UUID.randomUUID()
                    + "\",\"query\":\"status=RECEIVED\"}").json().getString("id");
        }
        if (stage.ordinal() >= Stage.SURVEY.ordinal()) {
            return survey(centre, stage);
        }
        if (stage.ordinal() >= Stage.CASE_DRAFT.ordinal()) {
            return network(centre, stage, worker, assigner);
        }
        if (stage.ordinal() >= Stage.PROPOSAL.ordinal()) {
            return collaboration(centre, stage, worker, assigner);
        }
        if (stage == Stage.RECEIVED) {
            // the assignment's assignee: the centre's staff member, signed in (so in the directory and active)
            Staff.assignable(centre);
        }
        if (stage == Stage.PUBLIC_PROGRAMME) {
            var programme = Programmes.recruiting(worker, "権限表の公開講座", 2026, Programmes.inDays(6), 50);
            return centre + "/" + programme.getString("id") + "/"
                    + programme.getJsonArray("sessions").getJsonObject(0).getString("id");
        }
        if (stage == Stage.SURVEY_TOKEN) {
            // a survey is answered by a person present at a session that has begun (today from 00:00)
            var programme = Programmes.recruiting(worker, "権限表のアンケート講座", 2026, Programmes.inDays(0), "00:00",
                    "00:01", 5);
            Api.Reply receipt = Programmes.registerPublicly(centre, programme, "権限表 回答者", "answer@example.jp");
            assertEquals(201, receipt.status(), receipt::toString);
            Programmes.present(worker, programme, "answer@example.jp");
            return receipt.json().getString("surveyToken");
        }
        if (stage == Stage.FEED_TOKEN) {
            // the centre's staff member's calendar feed (made again: the address is shown only when made)
            Staff.signIn(worker);
            String url = Api.post("/me/calendar-feed", worker, "").json().getString("url");
            return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        }
        if (stage == Stage.REGISTRATION_TOKEN) {
            var programme = Programmes.recruiting(worker, "権限表の申込講座", 2026, Programmes.inDays(6), 5);
            Api.Reply receipt = Programmes.registerPublicly(centre, programme, "権限表 申込者", "cancel@example.jp");
            assertEquals(201, receipt.status(), receipt::toString);
            return receipt.json().getString("surveyToken");
        }
        if (stage == Stage.PROGRAMME || stage == Stage.PROGRAMME_SESSION || stage == Stage.PROGRAMME_REGISTRATION) {
            Api.Reply planned = Api.post("/programmes", worker, Programmes.programme("権限表の対象講座", 2026));
            assertEquals(201, planned.status(), planned::toString);
            String programme = planned.json().getString("id");
            if (stage == Stage.PROGRAMME) {
                return programme;
            }
            String session = Api.post("/programmes/" + programme + "/sessions", worker,
                    Programmes.session("権限表の対象回", Programmes.inDays(8), 10)).json().getJsonArray("sessions")
                    .getJsonObject(0).getString("id");
            if (stage == Stage.PROGRAMME_SESSION) {
                return session;
            }
            Api.post("/programmes/sessions/" + session + "/registrations", worker, Programmes.person("対象 花子", "t@example.jp"));
            return Api.get("/programmes/sessions/" + session + "/registrations", worker).jsonArray().getJsonObject(0)
                    .getString("id");
        }
        if (stage == Stage.SPACE || stage == Stage.BOOKED) {
            String space = Bookings.createSpace(assigner, Bookings.room("権限表の対象の部屋", b -> { })).getString("id");
            if (stage == Stage.SPACE) {
                return space;
            }
            Api.Reply booked = Api.post("/bookings", worker, Bookings.internal(space,
                    java.time.LocalDate.now().plusDays(3), "10:00", "11:00", b -> { }));
            assertEquals(201, booked.status(), booked::toString);
            return booked.json().getJsonArray("bookings").getJsonObject(0).getString("id");
        }
        if (stage == Stage.ORG_APPLIED || stage == Stage.ORG_HEARD) {
            String id = Organisations.apply(worker, "権限表の対象団体").getString("id");
            if (stage == Stage.ORG_HEARD) {
                Api.Reply heard = Api.post("/organisations/" + id + "/hearing", worker, "{}", "If-Match", "\"1\"");
                assertEquals(200, heard.status(), heard::toString);
            }
            return id;
        }
        if (stage == Stage.REFERRED_HERE) {
            return Referrals.fresh("konan", centre, false);
        }
        if (stage == Stage.REFERRED_AWAY) {
            return Referrals.fresh(centre, "konan", false);
        }
        if (stage == Stage.RECEIVED) {
            return Consultations.create(worker, "権限表の対象").getString("id");
        }
        String id = Consultations.createAssigned(worker, assigner, "権限表の対象").getString("id");
        if (stage == Stage.IN_PROGRESS) {
            Api.Reply started = Api.post("/consultations/" + id + "/work", worker, "{}", "If-Match", "\"2\"");
            assertEquals(200, started.status(), started::toString);
        }
        return id;
    }

    /** A collaboration record of the centre at {@code stage}; for link stages the token, for the import a CSV row. */
    /** A survey of its own year, and in it the answer of the centre's office (aoba's ward office, the city's 市民局). */
    private static String survey(String centre, Stage stage) {
        String surveyId = Surveys.open().getString("id");
        if (stage == Stage.SURVEY) {
            return surveyId;
        }
        String officer = officer(centre);
        jakarta.json.JsonObject answer = Surveys.answerOf(surveyId, officer);
        String answerId = answer.getString("id");
        if (stage == Stage.SURVEY_ANSWER) {
            return answerId;
        }
        if (stage == Stage.SURVEY_SUBMITTED) {
            Surveys.submit(officer, answer);
            return answerId;
        }
        answer = Surveys.addRow(officer, answerId, "権限表の照会事業", 1);
        String rowId = answer.getJsonArray("rows").getJsonObject(0).getString("id");
        if (stage == Stage.SURVEY_CLOSED_ROW) {
            Surveys.submit(officer, answer);
            Surveys.close(Api.get("/collaboration/surveys/" + surveyId, Surveys.DIVISION).json());
        }
        return answerId + "/" + rowId;
    }

    /** The city government's officer for the centre's projects: the ward office, or at the city the bureau's. */
    static String officer(String centre) {
        return Tokens.of(centre, "city".equals(centre) ? "bureau-officer" : "ward-officer");
    }

    private static String collaboration(String centre, Stage stage, String worker, String assigner) {
        switch (stage) {
            case PROPOSAL, PROPOSAL_REVIEW, PROPOSAL_NEGOTIATION, PROPOSAL_TOKEN -> {
                Api.Reply created = Api.post("/collaboration/proposals", worker, Collaborations.proposal("権限表の対象提案", true));
                assertEquals(201, created.status(), created::toString);
                String id = created.json().getString("id");
                if (stage == Stage.PROPOSAL_TOKEN) {
                    return created.json().getString("statusToken");
                }
                if (stage != Stage.PROPOSAL) {
                    move(worker, id, "advance", "UNDER_REVIEW", 1);
                }
                if (stage == Stage.PROPOSAL_NEGOTIATION) {
                    move(assigner, id, "decision", "ADOPTED", 2);
                    move(worker, id, "advance", "CONTRACT_NEGOTIATION", 3);
                }
                return id;
            }
            case CATALOGUE_ROW -> {
                return "owner_kind,owner,division,name,field_no,partners,contract\n" + ("city".equals(centre)
                        ? "bureau,市民局,市民協働推進課," : "ward,青葉区,地域振興課,") + "権限表の取込事業,1,NPO,no\n";
            }
            case PROJECT -> {
                return Collaborations.createProject(worker, "権限表の対象事業", 2026);
            }
            case CONTRACT_DRAFT, CONTRACT_ACTIVE -> {
                String project = Collaborations.createProject(worker, "権限表の契約事業", 2026);
                Api.Reply drafted = Api.post("/collaboration/projects/" + project + "/contracts", worker,
                        Collaborations.contract(Collaborations.today(), Collaborations.today().plusMonths(6), List.of()));
                assertEquals(201, drafted.status(), drafted::toString);
                String id = drafted.json().getString("id");
                if (stage == Stage.CONTRACT_ACTIVE) {
                    Collaborations.step(worker, id, "SIGN", 1);
                    Collaborations.step(worker, id, "START", 2);
                }
                return id;
            }
            case CONTRACT_ENDED -> {
                return Collaborations.endedContract(worker, "権限表の終了契約").getString("id");
            }
            case CENTRE_PARTNER_SHEET, CENTRE_PARTNER_FILLED -> {
                String id = Collaborations.sheet(worker, "権限表のセンター運営事業", true).getString("id");
                if (stage == Stage.CENTRE_PARTNER_FILLED) {
                    fill(Api.put("/collaboration/evaluations/" + id + "/partner", worker, GRADES, "If-Match", "\"1\""));
                }
                return id;
            }
            default -> {
                var sheet = Collaborations.sheet(worker, "権限表の評価事業");
                String id = sheet.getString("id");
                String token = sheet.getString("partnerToken");
                if (stage == Stage.SHEET) {
                    return id;
                }
                if (stage == Stage.PARTNER_TOKEN) {
                    return token;
                }
                String officer = officer(centre);
                if (stage == Stage.SHEET_CITY_FILLED) {
                    fill(Api.put("/collaboration/evaluations/" + id + "/city", officer, GRADES, "If-Match", "\"1\""));
                    return id;
                }
                fill(Api.put("/public/collaboration/partner-sheets/" + token, null, GRADES, "If-Match", "\"1\""));
                if (stage == Stage.PARTNER_FILLED) {
                    return token;
                }
                fill(Api.post("/public/collaboration/partner-sheets/" + token + "/submit", null, "", "If-Match", "\"2\""));
                fill(Api.put("/collaboration/evaluations/" + id + "/city", officer, GRADES, "If-Match", "\"3\""));
                fill(Api.post("/collaboration/evaluations/" + id + "/city/submit", officer, "", "If-Match", "\"4\""));
                if (stage == Stage.PUBLISHED_SHEET) {
                    fill(Api.post("/collaboration/evaluations/" + id + "/publish", assigner, "", "If-Match", "\"5\""));
                }
                return stage == Stage.PARTNER_TOKEN_COMPLETED ? token : id;
            }
        }
    }

    private static void move(String token, String proposal, String kind, String to, long version) {
        Api.Reply moved = Api.post("/collaboration/proposals/" + proposal + "/" + kind, token, Collaborations.move(to),
                "If-Match", "\"" + version + "\"");
        assertEquals(200, moved.status(), moved::toString);
    }

    private static void fill(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
    }

    /** A network record for the centre at {@code stage} (meetings and materials are the city coordinator's). */
    private static String network(String centre, Stage stage, String worker, String assigner) {
        String coordinator = Tokens.of("city", "network-coordinator");
        String aoba = Tokens.of("aoba", "centre-staff");
        switch (stage) {
            case CASE_DRAFT -> {
                return Api.post("/network/cases", worker, Network.caseBody("権限表の対象事例", true)).json()
                        .getJsonObject("summary").getString("id");
            }
            case CASE_SUBMITTED, CASE_APPROVED -> {
                String id = Api.post("/network/cases", worker, Network.caseBody("権限表の対象事例", true)).json()
                        .getJsonObject("summary").getString("id");
                Network.step(worker, id, "submit", 1, "");
                if (stage == Stage.CASE_APPROVED) {
                    Network.step(assigner, id, "approve", 2, "");
                }
                return id;
            }
            case CASE_PUBLISHED, CASE_PUBLIC -> {
                return Network.published(worker, assigner, "権限表の公開事例", stage == Stage.CASE_PUBLIC)
                        .getJsonObject("summary").getString("id");
            }
            case CLOSED_CONSULTATION -> {
                String id = Consultations.createAssigned(worker, assigner, "権限表の終了相談").getString("id");
                Api.post("/consultations/" + id + "/work", worker, "{}", "If-Match", "\"2\"");
                Api.Reply closed = Api.post("/consultations/" + id + "/close", worker,
                        "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + TODAY + "\"}", "If-Match", "\"3\"");
                assertEquals(200, closed.status(), closed::toString);
                return id;
            }
            case MEETING -> {
                return Network.schedule(coordinator, "権限表の対象会議", TODAY);
            }
            case MATERIALS -> {
                String meeting = Network.schedule(coordinator, "権限表の資料会議", TODAY);
                return Api.post("/network/meetings/" + meeting + "/materials", coordinator, "").json()
                        .getJsonObject("ref").getString("id");
            }
            case ACTION -> {
                String meeting = Network.schedule(coordinator, "権限表の宿題会議", TODAY);
                return Api.post("/network/meetings/" + meeting + "/actions", coordinator, "{\"assignee\":\"" + centre
                        + "\",\"title\":\"権限表の宿題\",\"dueOn\":\"" + TODAY + "\"}").json()
                        .getJsonArray("actions").getJsonObject(0).getString("id");
            }
            default -> {
                String id = Api.post("/network/support-requests", aoba, "{\"topic\":\"権限表\",\"body\":\"依頼\"}")
                        .json().getString("id");
                if (stage == Stage.SUPPORT_ANSWERED) {
                    fill(Api.post("/network/support-requests/" + id + "/answer", coordinator, "{\"answer\":\"回答\"}",
                            "If-Match", "\"1\""));
                }
                return id;
            }
        }
    }

    /** The centre a test token acts for (its tenant claim). */
    private static String centreOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject().getString("tenant");
    }
}
