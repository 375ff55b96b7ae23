package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint against every role: no token 401, a role that may not 403, a role that may its success
 * status. Ward roles act for aoba, city roles for city; each case works on a record of its own centre (a
 * referral: one konan sent to the centre, or one the centre sent to konan).
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String NONE = "none";
    private static final List<String> ROLES = List.of(NONE, "centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "platform-admin");

    /** How far the record an endpoint works on has come before the call. */
    private enum Stage { RECEIVED, ASSIGNED, IN_PROGRESS, REFERRED_HERE, REFERRED_AWAY, ORG_APPLIED, ORG_HEARD, SPACE, BOOKED, PROGRAMME, PROGRAMME_SESSION, PROGRAMME_REGISTRATION, SURVEY_TOKEN, PUBLIC_PROGRAMME }

    /** One endpoint: how to call it for a token and a record id of the token's centre, and who may. */
    private record Endpoint(String name, Stage stage, BiFunction<String, String, Api.Reply> call, int success,
                            List<String> allowed) {
    }

    private static final List<String> CONSULTATION_ROLES = List.of("centre-staff", "centre-manager", "network-coordinator");
    private static final List<String> ASSIGNERS = List.of("centre-manager", "network-coordinator");
    private static final List<String> EVERY_ROLE = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "platform-admin");
    private static final List<String> ANYONE = List.of(NONE, "centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "platform-admin");
    private static final String TODAY = LocalDate.now().toString();

    private static final List<Endpoint> ENDPOINTS = List.of(
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
                    "/consultations/" + id + "/assignment", t, "{\"assigneeSubject\":\"someone\"}", "If-Match", "\"1\""),
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
            new Endpoint("GET /programme-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/programme-vocabulary", t), 200, ANYONE),
            new Endpoint("DELETE /consultations/{id}", Stage.RECEIVED,
                    (t, id) -> Api.delete("/consultations/" + id, t, "If-Match", "\"1\""), 204, List.of("centre-manager")),
            new Endpoint("GET /consultations/{id}/audit-trail", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultations/" + id + "/audit-trail", t), 200, List.of("centre-manager")),
            new Endpoint("GET /audit-entries", Stage.RECEIVED, (t, id) -> Api.get("/audit-entries", t), 200,
                    List.of("centre-manager")),
            new Endpoint("GET /hq/consultation-figures", Stage.RECEIVED, (t, id) -> Api.get("/hq/consultation-figures", t),
                    200, List.of("hq-analyst", "network-coordinator")),
            new Endpoint("GET /me", Stage.RECEIVED, (t, id) -> Api.get("/me", t), 200, EVERY_ROLE),
            new Endpoint("GET /tenants (public)", Stage.RECEIVED, (t, id) -> Api.get("/tenants", t), 200, ANYONE),
            new Endpoint("GET /consultation-vocabulary (public)", Stage.RECEIVED,
                    (t, id) -> Api.get("/consultation-vocabulary", t), 200, ANYONE));

    private static final Map<String, String> CENTRE_OF_ROLE = Map.of(
            "centre-staff", "aoba", "centre-manager", "aoba", "network-coordinator", "city", "hq-analyst", "city",
            "platform-admin", "city");

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : ROLES) {
                cases.add(Arguments.of(endpoint.name(), role, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleMatrix(String name, String role, Endpoint endpoint) {
        String token = NONE.equals(role) ? null : Tokens.of(CENTRE_OF_ROLE.get(role), role);
        String id = prepare(NONE.equals(role) ? "aoba" : CENTRE_OF_ROLE.get(role), endpoint.stage());
        int expected = endpoint.allowed().contains(role) ? endpoint.success() : NONE.equals(role) ? 401 : 403;
        Api.Reply reply = endpoint.call().apply(token, id);
        assertEquals(expected, reply.status(), () -> name + " as " + role + ": " + reply);
    }

    /** A fresh record of the centre, brought to {@code stage} by its own people, so success means the role. */
    private static String prepare(String centre, Stage stage) {
        String worker = Tokens.of(centre, "aoba".equals(centre) ? "centre-staff" : "network-coordinator");
        String assigner = Tokens.of(centre, "aoba".equals(centre) ? "centre-manager" : "network-coordinator");
        if (stage == Stage.PUBLIC_PROGRAMME) {
            var programme = Programmes.recruiting(worker, "権限表の公開講座", 2026, Programmes.inDays(6), 50);
            return centre + "/" + programme.getString("id") + "/"
                    + programme.getJsonArray("sessions").getJsonObject(0).getString("id");
        }
        if (stage == Stage.SURVEY_TOKEN) {
            var programme = Programmes.recruiting(worker, "権限表のアンケート講座", 2026, Programmes.inDays(6), 5);
            Api.Reply receipt = Api.post("/public/programmes/" + centre + "/" + programme.getString("id") + "/sessions/"
                    + programme.getJsonArray("sessions").getJsonObject(0).getString("id") + "/registrations", null,
                    Programmes.person("権限表 回答者", "answer@example.jp"));
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
}
