package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API with tokens that the test environment's Keycloak issued (the realm of idp/kyodo-realm.json): the person is
 * known by the provider's subject and name, their centre comes from the organization they belong to, a disabled
 * account and a removed role end at the next token, and tokens forged from Keycloak's are refused.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakTokensIT {

    @Test
    void meIsThePersonTheProviderKnows() {
        JsonObject me = Api.get("/me", Keycloak.token("nishi", "centre-staff")).json();
        JsonObject claims = claims(Keycloak.token("nishi", "centre-staff"));
        assertEquals(claims.getString("sub"), me.getString("subject"), "known by the provider's subject");
        assertTrue(me.getString("subject").matches("[0-9a-f-]{36}"), "Keycloak's user id: " + me);
        assertEquals("加藤 誠", me.getString("name"), "family name first, as the realm holds it");
        assertEquals("nishi-staff@kyodo-demo.example.jp", me.getString("email"));
        assertEquals("nishi", me.getJsonObject("centre").getString("id"), "the centre is the organization");
        assertEquals(List.of("centre-staff"), me.getJsonArray("roles").getValuesAs(JsonValue::toString).stream()
                .map(v -> v.replace("\"", "")).toList());
        JsonObject coordinator = Api.get("/me", Keycloak.token("city", "network-coordinator")).json();
        assertEquals("city", coordinator.getJsonObject("centre").getString("id"));
    }

    @Test
    void aPersonOfOneWardCannotActInAnotherWhateverTheyDoToTheRequest() {
        String aoba = Keycloak.token("aoba", "centre-staff");
        String id = Consultations.create(aoba, "Keycloak 分離 " + UUID.randomUUID()).getString("id");
        Map<String, String> before = Database.fingerprint();
        for (String intruder : List.of(Keycloak.token("kohoku", "centre-staff"), Keycloak.token("kohoku", "centre-manager"))) {
            for (Api.Reply reply : List.of(
                    Api.get("/consultations/" + id, intruder),
                    Api.get("/consultations/" + id + "?tenant=aoba", intruder),
                    Api.put("/consultations/" + id, intruder, Consultations.intake("乗っ取り"), "If-Match", "\"1\"", "X-Tenant", "aoba"),
                    Api.post("/consultations/" + id + "/hearing", intruder, "{\"note\":\"電話で確認\"}", "If-Match", "\"1\""))) {
                assertEquals(404, reply.status(), reply::toString);
            }
            // the centre is in the signed token: changing it breaks the signature
            assertEquals(401, Api.get("/consultations/" + id, withClaims(intruder, c -> c.add("tenant", "aoba"))).status());
        }
        Api.Reply delete = Api.delete("/consultations/" + id, Keycloak.token("kohoku", "centre-manager"), "If-Match", "\"1\"");
        assertEquals(404, delete.status(), "deleting is a manager's, and not of another ward's record: " + delete);
        assertEquals(before, Database.fingerprint(), "nothing changed");
        assertEquals(200, Api.get("/consultations/" + id, aoba).status(), "aoba still reads its own");
    }

    @Test
    void aDisabledAccountIsRefusedAtTheNextRefresh() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = Keycloak.addPerson(username, "退職", "予定", "seya", "centre-staff");
        Keycloak.Grant grant = Keycloak.password(username, Keycloak.DEMO_PASSWORD);
        assertEquals(200, grant.status(), grant::error);
        assertEquals(200, Api.get("/me", grant.accessToken()).status());
        assertEquals("退職 予定", Api.get("/me", grant.accessToken()).json().getString("name"));

        Keycloak.setEnabled(userId, false);
        Keycloak.Grant refreshed = Keycloak.refresh(grant.refreshToken());
        assertEquals(400, refreshed.status(), "no new token for a disabled account");
        assertTrue(refreshed.error().contains("invalid_grant"), refreshed.error());
        Keycloak.Grant again = Keycloak.password(username, Keycloak.DEMO_PASSWORD);
        assertEquals(400, again.status(), "nor a new sign-in");
        assertTrue(again.error().contains("invalid_grant"), again.error());
    }

    @Test
    void aRoleRemovedInTheProviderIsGoneAtTheNextToken() {
        String username = "moved-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = Keycloak.addPerson(username, "異動", "予定", "izumi", "centre-staff", "centre-manager");
        Keycloak.Grant grant = Keycloak.password(username, Keycloak.DEMO_PASSWORD);
        String staff = Keycloak.token("izumi", "centre-staff");
        String first = Consultations.create(staff, "役割の取り消し 1").getString("id");
        String assignee = Staff.assignment("izumi");
        assertEquals(200, assign(first, grant.accessToken(), assignee).status(), "a manager assigns");

        Keycloak.leaveGroup(userId, "centre-manager");
        Keycloak.Grant next = Keycloak.refresh(grant.refreshToken());
        assertEquals(200, next.status(), next::error);
        assertEquals(List.of("centre-staff"), claims(next.accessToken()).getJsonArray("groups").getValuesAs(JsonValue::toString)
                .stream().map(v -> v.replace("\"", "")).toList());
        String second = Consultations.create(staff, "役割の取り消し 2").getString("id");
        Map<String, String> before = Database.fingerprint();
        assertEquals(403, assign(second, next.accessToken(), assignee).status(), "no longer a manager");
        assertEquals(before, Database.fingerprint());
        assertEquals(200, Api.get("/consultations/" + second, next.accessToken()).status(), "still staff of izumi");
    }

    @Test
    void tokensForgedFromKeycloaksAreRefused() throws Exception {
        String real = Keycloak.token("totsuka", "centre-staff");
        assertEquals(200, Api.get("/me", real).status());
        String[] parts = real.split("\\.");
        JsonObject claims = claims(real);
        String kid = header(real).getString("kid");

        // alg none, Keycloak's own claims
        String none = b64(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build().toString()) + "." + parts[1] + ".";
        assertEquals(401, Api.get("/me", none).status(), "alg none");

        // HS256 with Keycloak's public key as the shared secret (the algorithm confusion attack)
        JsonObject jwk = Keycloak.keys().stream().map(JsonValue::asJsonObject)
                .filter(k -> kid.equals(k.getString("kid"))).findFirst().orElseThrow();
        byte[] publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))))).getEncoded();
        String hsInput = b64(Json.createObjectBuilder().add("alg", "HS256").add("typ", "JWT").add("kid", kid).build().toString())
                + "." + parts[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        assertEquals(401, Api.get("/me", hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)))).status(), "HS256 with the public key");
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n";
        mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        assertEquals(401, Api.get("/me", hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)))).status(), "HS256 with the PEM text");

        // Keycloak's claims and kid, signed by a key of our own
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String rsInput = b64(header(real).toString()) + "." + parts[1];
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update(rsInput.getBytes(StandardCharsets.US_ASCII));
        assertEquals(401, Api.get("/me", rsInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign())).status(),
                "a foreign key");

        // validly signed (the test key is one of the realm's keys) but another issuer, another audience, not yet valid, too old
        long now = Instant.now().getEpochSecond();
        assertEquals(200, Api.get("/me", Tokens.with("totsuka", "centre-staff", c -> c.add("iss", Keycloak.ISSUER))).status(),
                "the control: the realm's issuer is taken");
        assertEquals(401, Api.get("/me", Tokens.with("totsuka", "centre-staff",
                c -> c.add("iss", Keycloak.BASE + "/realms/master"))).status(), "the master realm's issuer");
        assertEquals(401, Api.get("/me", Tokens.with("totsuka", "centre-staff", c -> c.add("aud", "account"))).status(),
                "Keycloak's default audience, not ours");
        assertEquals(401, Api.get("/me", Tokens.with("totsuka", "centre-staff", c -> c.add("nbf", now + 600))).status(),
                "nbf in the future");
        assertEquals(401, Api.get("/me", Tokens.with("totsuka", "centre-staff",
                c -> c.add("iat", now - 9 * 3600).add("exp", now + 3600))).status(), "older than the maximum age (480 minutes here)");
        assertNotEquals(claims.getString("sub"), "", "a real subject");
    }

    private static Api.Reply assign(String id, String token, String body) {
        return Api.post("/consultations/" + id + "/assignment", token, body, "If-Match", "\"1\"");
    }

    private static String withClaims(String token, java.util.function.Consumer<JsonObjectBuilder> change) {
        String[] parts = token.split("\\.");
        JsonObjectBuilder builder = Json.createObjectBuilder(claims(token));
        change.accept(builder);
        return parts[0] + "." + b64(builder.build().toString()) + "." + parts[2];
    }

    static JsonObject claims(String token) {
        return part(token, 1);
    }

    private static JsonObject header(String token) {
        return part(token, 0);
    }

    private static JsonObject part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
