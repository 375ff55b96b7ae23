package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People in the product, with Keycloak's people: signing in puts a person in their centre's staff directory;
 * assignment picks from it (nobody else, and nobody who left); "mine" is the person's own, not their role's; the
 * audit log names the person; a manager takes someone off the list, and what they did keeps their name.
 */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

    @Test
    void signingInPutsThePersonInTheirCentresDirectoryAndNowhereElse() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Keycloak.addPerson("new-" + suffix, "新人", "一郎", "sakae", "centre-staff");
        String token = Keycloak.password("new-" + suffix, Keycloak.DEMO_PASSWORD).accessToken();
        String manager = Keycloak.token("sakae", "centre-manager");
        String subject = KeycloakTokensIT.claims(token).getString("sub");
        assertTrue(find(manager, subject).isEmpty(), "not in the directory before signing in");

        assertEquals(200, Api.get("/me", token).status());
        JsonObject person = find(manager, subject).orElseThrow();
        assertEquals("新人 一郎", person.getString("name"));
        assertEquals("new-" + suffix + "@kyodo-test.example.jp", person.getString("email"));
        assertEquals(List.of("centre-staff"), strings(person, "roles"));
        assertTrue(person.getBoolean("active"));
        assertTrue(find(Keycloak.token("izumi", "centre-manager"), subject).isEmpty(), "not in another centre's directory");
        Api.Reply audit = Api.get("/audit-entries?size=50", manager);
        assertTrue(audit.body().contains("staff-directory"), "reading the directory (e-mail addresses) is audit-logged");
    }

    @Test
    void assignmentPicksAPersonFromTheDirectoryAndMineIsThePersonsOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Keycloak.addPerson("a-" + suffix, "青木", "葵", "hodogaya", "centre-staff");
        Keycloak.addPerson("b-" + suffix, "坂本", "航", "hodogaya", "centre-staff");
        String a = Keycloak.password("a-" + suffix, Keycloak.DEMO_PASSWORD).accessToken();
        String b = Keycloak.password("b-" + suffix, Keycloak.DEMO_PASSWORD).accessToken();
        String aSubject = Staff.signIn(a);
        Staff.signIn(b);
        String manager = Keycloak.token("hodogaya", "centre-manager");
        String id = Consultations.create(a, "担当者の選択 " + suffix).getString("id");

        // nobody outside the directory: a made-up subject, and a person of another centre
        List<String> strangers = List.of("nobody-" + suffix, Staff.assignable("izumi"));
        Map<String, String> before = Database.fingerprint();
        for (String stranger : strangers) {
            Api.Reply refused = Api.post("/consultations/" + id + "/assignment", manager,
                    "{\"assigneeSubject\":\"" + stranger + "\"}", "If-Match", "\"1\"");
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.body().contains("assigneeSubject") && refused.body().contains("職員名簿"), refused.body());
        }
        assertEquals(before, Database.fingerprint(), "a refused assignment writes nothing");

        Api.Reply assigned = Api.post("/consultations/" + id + "/assignment", manager,
                "{\"assigneeSubject\":\"" + aSubject + "\",\"assigneeName\":\"なりすまし\"}", "If-Match", "\"1\"");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("青木 葵", assigned.json().getString("assigneeName"), "the directory's name, whatever the form said");

        String marker = "&q=" + java.net.URLEncoder.encode("担当者の選択 " + suffix, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(id), ids(Api.get("/consultations?assignee=me" + marker, a)), "mine: a's own");
        assertEquals(List.of(), ids(Api.get("/consultations?assignee=me" + marker, b)), "not b's, though b has the same role");

        // the manager's read of the requester is in the audit log under the manager's name
        assertEquals(200, Api.get("/consultations/" + id, manager).status());
        String managerName = Api.get("/me", manager).json().getString("name");
        String trail = Api.get("/consultations/" + id + "/audit-trail", manager).body();
        assertTrue(trail.contains(managerName + " (" + KeycloakTokensIT.claims(manager).getString("sub") + ")"),
                "the audit trail names the person and keeps the subject: " + trail);
    }

    @Test
    void aManagerTakesAPersonOffTheListAndTheirRecordsKeepTheirName() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Keycloak.addPerson("c-" + suffix, "近藤", "蓮", "kanazawa", "centre-staff");
        String c = Keycloak.password("c-" + suffix, Keycloak.DEMO_PASSWORD).accessToken();
        String subject = Staff.signIn(c);
        String manager = Keycloak.token("kanazawa", "centre-manager");
        String first = Consultations.create(c, "退職前の担当 " + suffix).getString("id");
        assertEquals(200, Api.post("/consultations/" + first + "/assignment", manager,
                "{\"assigneeSubject\":\"" + subject + "\"}", "If-Match", "\"1\"").status());

        JsonObject person = find(manager, subject).orElseThrow();
        assertEquals(403, Api.put("/staff/" + person.getString("id"), c, "{\"active\":false}", "If-Match",
                "\"" + person.getJsonNumber("version").longValue() + "\"").status(), "staff do not change the list");
        Api.Reply off = Api.put("/staff/" + person.getString("id"), manager, "{\"active\":false}", "If-Match",
                "\"" + person.getJsonNumber("version").longValue() + "\"");
        assertEquals(200, off.status(), off::toString);
        assertFalse(off.json().getBoolean("active"));
        assertTrue(Api.get("/staff?active=true", manager).jsonArray().stream()
                .noneMatch(p -> subject.equals(p.asJsonObject().getString("subject"))), "not offered for assignments");
        assertTrue(find(manager, subject).isPresent(), "still in the directory, as having left");

        String second = Consultations.create(manager, "退職後の相談 " + suffix).getString("id");
        assertEquals(400, Api.post("/consultations/" + second + "/assignment", manager,
                "{\"assigneeSubject\":\"" + subject + "\"}", "If-Match", "\"1\"").status(), "no longer assignable");
        assertEquals("近藤 蓮", Api.get("/consultations/" + first, manager).json().getString("assigneeName"),
                "the earlier assignment keeps the name");
        assertEquals(412, Api.put("/staff/" + person.getString("id"), manager, "{\"active\":true}", "If-Match",
                "\"" + person.getJsonNumber("version").longValue() + "\"").status(), "a stale version is refused");
        for (String body : new String[] {"{\"active\":\"はい\"}", "{\"active\":null}", "{}"}) {
            Api.Reply bad = Api.put("/staff/" + person.getString("id"), manager, body, "If-Match", "\"9\"");
            assertEquals(400, bad.status(), body + ": " + bad);
            assertTrue(bad.body().contains("\"active\""), "names the field: " + bad.body());
        }
    }

    private static Optional<JsonObject> find(String token, String subject) {
        return Api.get("/staff", token).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> subject.equals(p.getString("subject"))).findFirst();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> ids(Api.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
    }
}
