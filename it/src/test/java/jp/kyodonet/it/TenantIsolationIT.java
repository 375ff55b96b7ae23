package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tenant isolation: another centre's consultation does not exist for you, and stays as it was. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private final String nishiStaff = Tokens.of("nishi", "centre-staff");
    private final String nishiManager = Tokens.of("nishi", "centre-manager");
    private final String totsukaStaff = Tokens.of("totsuka", "centre-staff");
    private final String totsukaManager = Tokens.of("totsuka", "centre-manager");

    @Test
    void wardCannotReadUpdateCloseOrDeleteAnotherWardsConsultation() {
        JsonObject created = Consultations.create(nishiStaff, "にしくの相談（分離テスト）");
        String id = created.getString("id");
        String path = "/consultations/" + id;
        // warm every cache there is: the owner reads it first
        assertEquals(200, Api.get(path, nishiStaff).status());

        Api.Reply read = Api.get(path, totsukaStaff);
        assertEquals(404, read.status(), read::toString);
        assertTrue(read.contentType().startsWith("application/problem+json"), read.contentType());
        assertFalse(read.body().contains("テスト太郎"), "no personal data in the refusal");

        Api.Reply update = Api.put(path, totsukaStaff, Consultations.intake("とつかが書き換え"), "If-Match", "\"1\"");
        assertEquals(404, update.status(), update::toString);
        Api.Reply close = Api.post(path + "/close", totsukaStaff,
                "{\"outcome\":\"NOT_CONNECTED\",\"closedOn\":\"" + java.time.LocalDate.now() + "\"}", "If-Match", "\"1\"");
        assertEquals(404, close.status(), close::toString);
        Api.Reply delete = Api.delete(path, totsukaManager, "If-Match", "\"1\"");
        assertEquals(404, delete.status(), delete::toString);
        Api.Reply trail = Api.get(path + "/audit-trail", totsukaManager);
        assertEquals(404, trail.status(), trail::toString);

        assertFalse(Consultations.allIds(totsukaStaff).contains(id), "absent from totsuka's list");

        JsonObject after = Api.get(path, nishiStaff).json();
        assertEquals(1, after.getInt("version"));
        assertEquals("にしくの相談（分離テスト）", after.getString("summary"));
        assertEquals("RECEIVED", after.getString("status"));
        assertEquals("テスト太郎", after.getString("requesterName"));
        String audit = Api.get(path + "/audit-trail", nishiManager).body();
        assertFalse(audit.contains("totsuka"), "totsuka left no trace: " + audit);
    }

    @Test
    void cityCoordinatorCannotReachAWardsConsultation() {
        String id = Consultations.create(nishiStaff, "市センターからも見えない相談").getString("id");
        String coordinator = Tokens.of("city", "network-coordinator");
        assertEquals(404, Api.get("/consultations/" + id, coordinator).status());
        assertFalse(Consultations.allIds(coordinator).contains(id));
    }

    @Test
    void readsOfPersonalDataAreAuditLoggedInTheOwnCentre() {
        String id = Consultations.create(nishiStaff, "監査ログの確認").getString("id");
        Api.get("/consultations/" + id, nishiStaff);
        Api.get("/consultations/" + id, nishiStaff);
        Api.Reply trail = Api.get("/consultations/" + id + "/audit-trail", nishiManager);
        assertEquals(200, trail.status(), trail::toString);
        long reads = trail.jsonArray().stream()
                .filter(e -> "READ_PERSONAL_DATA".equals(e.asJsonObject().getString("action"))).count();
        assertEquals(2, reads, trail::toString);
        assertTrue(trail.body().contains("CREATE"));
    }

    @Test
    void hqSeesCountsPerCentreButNeverConsultations() {
        Consultations.create(nishiStaff, "HQ集計に数だけ出る相談 連絡先 hq-secret@example.jp");
        String hq = Tokens.of("city", "hq-analyst");
        assertEquals(403, Api.get("/consultations", hq).status());
        Api.Reply figures = Api.get("/hq/consultation-figures", hq);
        assertEquals(200, figures.status(), figures::toString);
        assertEquals(19, figures.json().getJsonArray("centres").size());
        long nishiReceived = figures.json().getJsonArray("centres").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("tenant").equals("nishi")).findFirst().orElseThrow()
                .getJsonNumber("received").longValue();
        assertTrue(nishiReceived >= 1, figures::toString);
        assertFalse(figures.body().contains("テスト太郎") || figures.body().contains("hq-secret"),
                "no personal data or free text in HQ figures");
    }
}
