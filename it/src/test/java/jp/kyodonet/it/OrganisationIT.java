package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 団体登録: the registration workflow, renewals and the renewal rate, isolation, bad input. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    private final String staff = Tokens.of("konan", "centre-staff");
    private final String manager = Tokens.of("konan", "centre-manager");
    private final String otherWard = Tokens.of("kanazawa", "centre-manager");
    private final String city = Tokens.of("city", "network-coordinator");

    @Test
    void applicationHearingAndRegistrationGiveANumberAndAThreeYearTerm() {
        String name = "こうなん子ども食堂 " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject applied = Organisations.apply(staff, name);
        assertEquals("APPLIED", applied.getString("status"));
        String path = "/organisations/" + applied.getString("id");

        Api.Reply early = Api.post(path + "/registration", staff, Organisations.REQUIREMENTS_MET, "If-Match", "\"1\"");
        assertEquals(409, early.status(), "no registration before the hearing: " + early);
        Api.Reply hearing = Api.post(path + "/hearing", staff,
                "{\"collaboration\":\"地域の学校と協働したい\",\"seeds\":\"調理ボランティア\",\"issues\":\"会場の確保\"}",
                "If-Match", "\"1\"");
        assertEquals("HEARING_DONE", hearing.json().getString("status"));
        // the centre's own requirements (its catalogue file; here the defaults) are what is confirmed
        List<String> required = Api.get("/organisations/requirements", staff).jsonArray().stream()
                .map(r -> r.asJsonObject().getString("code")).toList();
        assertEquals(List.of("NON_PROFIT", "AUTONOMOUS", "PUBLIC_BENEFIT"), required, "no 属市域性: not in the seeds");
        Api.Reply unmet = Api.post(path + "/registration", staff,
                "{\"confirmed\":[\"NON_PROFIT\",\"AUTONOMOUS\"]}", "If-Match", "\"2\"");
        assertEquals(409, unmet.status(), unmet::toString);
        assertTrue(unmet.json().getString("detail").contains("公益性"), unmet::toString);
        Api.Reply unknown = Api.post(path + "/registration", staff,
                "{\"confirmed\":[\"NON_PROFIT\",\"AUTONOMOUS\",\"PUBLIC_BENEFIT\",\"LOCAL\"]}", "If-Match", "\"2\"");
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.problemFields().contains("confirmed"), unknown::toString);
        assertEquals("HEARING_DONE", Api.get(path, staff).json().getString("status"), "nothing changed");

        JsonObject registered = Api.post(path + "/registration", staff, Organisations.REQUIREMENTS_MET,
                "If-Match", "\"2\"").json();
        assertEquals("REGISTERED", registered.getString("status"));
        assertTrue(registered.getString("registrationNumber").matches("\\d{4}-\\d{3}"), registered::toString);
        int fy = LocalDateFy.current();
        assertEquals((fy + 2 + 1) + "-03-31", registered.getString("expiresOn"), "a ward registers for 3 fiscal years");

        // listed without personal data; the detail has it and its read is audited
        Api.Reply list = Api.get("/organisations?status=REGISTERED&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                staff);
        assertEquals(1, list.json().getJsonNumber("total").intValue(), list::toString);
        assertFalse(list.body().contains("hanako@example.jp") || list.body().contains("代表 花子"));
        long auditBefore = Api.get("/audit-entries?size=1", manager).json().getJsonNumber("total").longValue();
        assertEquals("hanako@example.jp", Api.get(path, staff).json().getString("contact"));
        assertEquals(auditBefore + 1, Api.get("/audit-entries?size=1", manager).json().getJsonNumber("total").longValue());
    }

    @Test
    void oneYearRegistrationsFromFy2023AreDueInFy2024AndTheRenewalRateFollowsTheDecisions() {
        // the city centre renews every year
        JsonObject before = Api.get("/organisations/renewals?fiscalYear=2024", city).json();
        String[] ids = new String[4];
        for (int i = 0; i < ids.length; i++) {
            JsonObject o = Organisations.registered(city, "更新テスト団体 " + i + " " + UUID.randomUUID(), "2023-05-01",
                    "2023-06-0" + (i + 1));
            assertEquals("2024-03-31", o.getString("expiresOn"));
            assertTrue(o.getBoolean("renewalDue"), o::toString);
            ids[i] = o.getString("id");
        }
        JsonObject due = Api.get("/organisations/renewals?fiscalYear=2024", city).json();
        assertEquals(before.getInt("pending") + 4, due.getInt("pending"));
        assertTrue(Api.get("/organisations?renewalDue=true&size=100", city).body().contains(ids[0]));

        // three renewed, one lapsed
        for (int i = 0; i < 3; i++) {
            Api.Reply renewed = Api.post("/organisations/" + ids[i] + "/renewal", city, "{}", "If-Match", "\"3\"");
            assertEquals(200, renewed.status(), renewed::toString);
            assertEquals("2025-03-31", renewed.json().getString("expiresOn"));
        }
        Api.Reply lapsed = Api.post("/organisations/" + ids[3] + "/lapse", city, "{}", "If-Match", "\"3\"");
        assertEquals("LAPSED", lapsed.json().getString("status"));
        Api.Reply twice = Api.post("/organisations/" + ids[3] + "/renewal", city, "{}", "If-Match", "\"4\"");
        assertEquals(409, twice.status(), "a lapsed registration is not renewed: " + twice);

        JsonObject after = Api.get("/organisations/renewals?fiscalYear=2024", city).json();
        assertEquals(before.getInt("renewed") + 3, after.getInt("renewed"));
        assertEquals(before.getInt("lapsed") + 1, after.getInt("lapsed"));
        assertEquals(before.getInt("pending"), after.getInt("pending"));
        double expected = (double) after.getInt("renewed") / after.getInt("due");
        assertEquals(expected, after.getJsonNumber("renewalRate").doubleValue(), 1e-9);
        if (before.getInt("due") == 0) {
            assertEquals(0.75, after.getJsonNumber("renewalRate").doubleValue(), 1e-9);
        }
    }

    @Test
    void anotherWardGets404ForReadUpdateMovesAndDeleteAndNothingChanges() {
        JsonObject applied = Organisations.apply(staff, "他区から見えない団体 " + UUID.randomUUID());
        String path = "/organisations/" + applied.getString("id");
        assertEquals(404, Api.get(path, otherWard).status());
        assertEquals(404, Api.put(path, otherWard, Organisations.application("乗っ取り", b -> { }), "If-Match", "\"1\"")
                .status());
        assertEquals(404, Api.post(path + "/hearing", otherWard, "{}", "If-Match", "\"1\"").status());
        assertEquals(404, Api.post(path + "/refusal", otherWard, "{\"reason\":\"x\"}", "If-Match", "\"1\"").status());
        assertEquals(404, Api.delete(path, otherWard, "If-Match", "\"1\"").status());
        assertFalse(Api.get("/organisations?size=100&q=" + URLEncoder.encode("他区から見えない団体", StandardCharsets.UTF_8),
                otherWard).body().contains(applied.getString("id")));
        JsonObject after = Api.get(path, staff).json();
        assertEquals(1, after.getInt("version"));
        assertEquals("APPLIED", after.getString("status"));
        assertTrue(after.getString("name").startsWith("他区から見えない団体"));
    }

    @Test
    void badInputIsNamedAndWritesNothing() {
        long before = Api.get("/organisations?size=1", staff).json().getJsonNumber("total").longValue();
        Api.Reply bad = Api.post("/organisations", staff, "{\"name\":\"\",\"legalForm\":\"CLUB\",\"activityFields\":[],"
                + "\"mailingConsent\":\"yes\",\"foundedOn\":\"2099-01-01\",\"extra\":1}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("application/problem+json", bad.contentType());
        for (String field : new String[] {"name", "legalForm", "representative", "activityFields", "mailingConsent", "extra"}) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + " named: " + bad);
        }
        Api.Reply future = Api.post("/organisations", staff, Organisations.application("未来の設立", b -> b.add("foundedOn", "2099-01-01")));
        assertEquals(400, future.status(), future::toString);
        assertTrue(future.body().contains("foundedOn"));
        assertEquals(before, Api.get("/organisations?size=1", staff).json().getJsonNumber("total").longValue());
        assertEquals(400, Api.get("/organisations?status=GONE", staff).status());
    }

    @Test
    void twoCorrectionsOfTheSameVersionOneWins() throws Exception {
        String path = "/organisations/" + Organisations.apply(staff, "同時修正の団体 " + UUID.randomUUID()).getString("id");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> Api.put(path, staff, Organisations.application("修正A", b -> { }), "If-Match", "\"1\""));
            var b = pool.submit(() -> Api.put(path, manager, Organisations.application("修正B", x -> { }), "If-Match", "\"1\""));
            java.util.List<Integer> statuses = new java.util.ArrayList<>(java.util.List.of(a.get().status(), b.get().status()));
            java.util.Collections.sort(statuses);
            assertEquals(java.util.List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, Api.get(path, staff).json().getInt("version"));
    }

    /** The current Japanese fiscal year. */
    private static final class LocalDateFy {
        static int current() {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
            return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        }
    }
}
