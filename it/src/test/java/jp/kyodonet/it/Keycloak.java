package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The test environment's Keycloak, as a client of it: tokens of the realm's demo people (password grant through the
 * test-only client {@code kyodo-tests}), refresh, and the admin API to add, disable and regroup people.
 */
public final class Keycloak {

    /** The realm's issuer, e.g. {@code http://127.0.0.1:28180/realms/kyodo}. */
    public static final String ISSUER = System.getProperty("kyodo.it.issuer", "http://127.0.0.1:28180/realms/kyodo");
    static final String BASE = ISSUER.substring(0, ISSUER.indexOf("/realms/"));
    static final String ADMIN = BASE + "/admin/realms/kyodo";
    /** The demo people's password (idp/kyodo-realm.json; demo only). */
    public static final String DEMO_PASSWORD = "kyodo-demo-2026";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, Grant> CACHE = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** What the token endpoint gave: the tokens, or the error it answered with. */
    public record Grant(int status, String accessToken, String refreshToken, Instant expires, String error) {

        boolean fresh() {
            return status == 200 && Instant.now().plusSeconds(30).isBefore(expires);
        }
    }

    /** The demo person of {@code centre} in {@code role} (e.g. aoba, centre-staff: aoba-staff). */
    public static String username(String centre, String role) {
        String suffix = switch (role) {
            case "centre-staff" -> "staff";
            case "centre-manager" -> "manager";
            case "network-coordinator" -> "coordinator";
            case "hq-analyst" -> "analyst";
            case "ward-officer" -> "officer";
            case "bureau-officer" -> "bureau-officer";
            case "platform-admin" -> "admin";
            default -> throw new IllegalArgumentException("no demo person in role " + role);
        };
        return centre + "-" + suffix;
    }

    /** An access token Keycloak issued to the demo person of {@code centre} in {@code role}; kept while fresh. */
    public static String token(String centre, String role) {
        Grant grant = CACHE.compute(username(centre, role), (user, cached) ->
                cached != null && cached.fresh() ? cached : password(user, DEMO_PASSWORD));
        if (grant.status() != 200) {
            throw new IllegalStateException("Keycloak refused " + username(centre, role) + ": " + grant.error());
        }
        return grant.accessToken();
    }

    /** The resource-owner password grant (the test client only; the portal uses the authorization code flow). */
    public static Grant password(String username, String password) {
        return tokenEndpoint(Map.of("grant_type", "password", "username", username, "password", password,
                "scope", "openid"));
    }

    public static Grant refresh(String refreshToken) {
        return tokenEndpoint(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private static Grant tokenEndpoint(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("client_id", "kyodo-tests");
        form.put("client_secret", "kyodo-tests-secret");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        JsonObject body = json(response.body()).asJsonObject();
        if (response.statusCode() != 200) {
            return new Grant(response.statusCode(), null, null, null, body.getString("error", "") + " "
                    + body.getString("error_description", ""));
        }
        return new Grant(200, body.getString("access_token"), body.getString("refresh_token", null),
                Instant.now().plusSeconds(body.getInt("expires_in")), null);
    }

    /** The realm's JWKS. */
    public static JsonArray keys() {
        return json(send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/certs")).GET().build()).body())
                .asJsonObject().getJsonArray("keys");
    }

    // --- the admin API (the master realm's admin, generated password from the test environment) ---

    /** A new person of {@code centre} (an organization member) in {@code groups}, with a password; returns their id. */
    public static String addPerson(String username, String familyName, String givenName, String centre, String... groups) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", givenName).add("lastName", familyName).add("email", username + "@kyodo-test.example.jp")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", DEMO_PASSWORD).add("temporary", false)))
                .add("groups", Json.createArrayBuilder(java.util.Arrays.stream(groups).map(g -> "/" + g).toList()))
                .build();
        HttpResponse<String> created = admin("POST", "/users", user.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot add " + username + ": " + created.statusCode() + " " + created.body());
        }
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        HttpResponse<String> member = admin("POST", "/organizations/" + organizationId(centre) + "/members",
                Json.createValue(id).toString());
        if (member.statusCode() != 201) {
            throw new IllegalStateException("cannot make " + username + " a member of " + centre + ": " + member.body());
        }
        return id;
    }

    public static void setEnabled(String userId, boolean enabled) {
        HttpResponse<String> reply = admin("PUT", "/users/" + userId, "{\"enabled\":" + enabled + "}");
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("cannot change " + userId + ": " + reply.body());
        }
    }

    public static void leaveGroup(String userId, String group) {
        HttpResponse<String> reply = admin("DELETE", "/users/" + userId + "/groups/" + groupId(group), null);
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("cannot remove " + userId + " from " + group + ": " + reply.body());
        }
    }

    /**
     * Rotates the realm's signing key: a new generated RSA key with a higher priority than every other, so that Keycloak
     * signs with it from now on; returns the new key provider's id (for {@link #removeKey}).
     */
    public static String rotateSigningKey(String name) {
        String realmId = json(admin("GET", "", null).body()).asJsonObject().getString("id");
        JsonObject component = Json.createObjectBuilder().add("name", name).add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider").add("parentId", realmId)
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add("1000"))
                        .add("active", Json.createArrayBuilder().add("true"))
                        .add("enabled", Json.createArrayBuilder().add("true"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))
                        .add("keySize", Json.createArrayBuilder().add("2048")))
                .build();
        HttpResponse<String> created = admin("POST", "/components", component.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot add a signing key: " + created.statusCode() + " " + created.body());
        }
        CACHE.clear();
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    public static void removeKey(String componentId) {
        admin("DELETE", "/components/" + componentId, null);
        CACHE.clear();
    }

    /** Sets (or, with an empty value, clears) an attribute of a client, e.g. its access token lifespan. */
    public static void setClientAttribute(String clientId, String name, String value) {
        JsonValue found = json(admin("GET", "/clients?clientId=" + clientId, null).body()).asJsonArray().get(0);
        String id = found.asJsonObject().getString("id");
        JsonObject client = json(admin("GET", "/clients/" + id, null).body()).asJsonObject();
        JsonObject attributes = Json.createObjectBuilder(client.getJsonObject("attributes")).add(name, value).build();
        HttpResponse<String> reply = admin("PUT", "/clients/" + id,
                Json.createObjectBuilder(client).add("attributes", attributes).build().toString());
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("cannot change the client " + clientId + ": " + reply.body());
        }
    }

    private static String organizationId(String alias) {
        for (JsonValue org : json(admin("GET", "/organizations?first=0&max=1000&briefRepresentation=true", null).body()).asJsonArray()) {
            if (alias.equals(org.asJsonObject().getString("alias"))) {
                return org.asJsonObject().getString("id");
            }
        }
        throw new IllegalStateException("no organization " + alias);
    }

    private static String groupId(String name) {
        for (JsonValue group : json(admin("GET", "/groups?search=" + name + "&exact=true", null).body()).asJsonArray()) {
            if (name.equals(group.asJsonObject().getString("name"))) {
                return group.asJsonObject().getString("id");
            }
        }
        throw new IllegalStateException("no group " + name);
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ADMIN + path))
                .header("Authorization", "Bearer " + adminToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", System.getProperty("kyodo.it.keycloak.admin-password", "")))))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin sign-in failed: " + response.body());
        }
        return json(response.body()).asJsonObject().getString("access_token");
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.isEmpty() ? "{}" : text))) {
            return reader.readValue();
        }
    }
}
