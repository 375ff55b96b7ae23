package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What anyone can read: the centres, the vocabulary, health, the API document, and the demo sign-in. */
@ExtendWith(ArquillianExtension.class)
class PublicEndpointsIT {

    @Test
    void tenantListHoldsTheCityAndEighteenWards() {
        Api.Reply reply = Api.get("/tenants", null);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(19, reply.jsonArray().size());
        JsonObject city = reply.jsonArray().getJsonObject(0);
        assertEquals("city", city.getString("id"));
        assertEquals("横浜市市民協働推進センター", city.getString("officialName"));
        assertEquals(4, reply.jsonArray().stream().filter(t -> "OUTSOURCED".equals(t.asJsonObject().getString("operatingModel"))).count());
    }

    @Test
    void vocabularyCarriesJapaneseAndEnglishLabels() {
        JsonObject vocabulary = Api.get("/consultation-vocabulary", null).json();
        JsonObject phone = vocabulary.getJsonArray("channel").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("value").equals("PHONE")).findFirst().orElseThrow();
        assertEquals("電話", phone.getString("ja"));
        assertEquals(7, vocabulary.getJsonArray("outcome").size());
    }

    @Test
    void healthChecksTheDatabase() {
        Api.Reply reply = Api.getAbsolute(Api.SERVER + "/health/ready");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("kyodo-database"), reply::toString);
        assertTrue(reply.body().contains("UP"), reply::toString);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        // Payara builds the document in the background after deployment
        Api.Reply reply = Api.eventually(() -> Api.getAbsolute(Api.SERVER + "/openapi"),
                r -> r.body().contains("/api/v1/"), java.time.Duration.ofSeconds(60));
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("/api/v1/consultations/{id}/close:"), reply::toString);
        // a document without its head (openapi, info, servers) is what Payara serves when building it failed
        assertTrue(reply.body().contains("/kyodo"), "the server URL names the context root: " + reply);
        assertTrue(reply.body().contains("/api/v1/referrals/{id}/accept:"), reply::toString);
    }

    @Test
    void demoSignInIssuesATokenTheApiAccepts() {
        Api.Reply signIn = Api.post("/demo/sign-in", null, "{\"tenant\":\"midori\",\"role\":\"centre-staff\"}");
        assertEquals(200, signIn.status(), signIn::toString);
        String token = signIn.json().getString("token");
        Api.Reply me = Api.get("/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals("midori", me.json().getJsonObject("centre").getString("id"));
    }

    @Test
    void demoSignInRefusesCityOnlyRolesForWards() {
        Api.Reply reply = Api.post("/demo/sign-in", null, "{\"tenant\":\"midori\",\"role\":\"hq-analyst\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.problemFields().contains("role"));
    }
}
