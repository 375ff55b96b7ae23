package jp.kyodonet.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The OpenID Connect provider the portal signs in through (Keycloak, or any provider that puts the {@code tenant}
 * claim in its access tokens), as a confidential client: its endpoints from the discovery document, the code
 * exchange, refresh, and the address of its end-session endpoint. Off unless {@code platform.sign-in.client-id} is set.
 */
@ApplicationScoped
public class IdentityProvider {

    /** What the token endpoint gave. */
    public record Tokens(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn, String idToken) {
    }

    /** The provider refused (HTTP 4xx with an OAuth error such as {@code invalid_grant}) or could not be reached. */
    public static final class Refusal extends Exception {

        private final boolean unreachable;

        Refusal(String message, boolean unreachable) {
            super(message);
            this.unreachable = unreachable;
        }

        public boolean unreachable() {
            return unreachable;
        }
    }

    @Inject
    @ConfigProperty(name = "platform.sign-in.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "platform.sign-in.client-secret")
    Optional<String> clientSecret;

    /** The provider's issuer; its discovery document is at {@code <issuer>/.well-known/openid-configuration}. */
    @Inject
    @ConfigProperty(name = "platform.sign-in.provider")
    Optional<String> provider;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> tokenIssuer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile JsonObject discovery;

    public boolean enabled() {
        return clientId.filter(id -> !id.isBlank()).isPresent();
    }

    public String clientId() {
        return clientId.orElseThrow();
    }

    public String authorizationEndpoint() throws Refusal {
        return endpoint("authorization_endpoint");
    }

    /** Where the browser is sent to end the provider's session too (RP-initiated logout), or empty if it has none. */
    public Optional<String> endSessionUrl(String idToken, String postLogoutRedirect) throws Refusal {
        String endpoint = discovery().getString("end_session_endpoint", null);
        if (endpoint == null) {
            return Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId());
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        query.put("post_logout_redirect_uri", postLogoutRedirect);
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    public Tokens exchange(String code, String codeVerifier, String redirectUri) throws Refusal {
        return token(Map.of("grant_type", "authorization_code", "code", code, "code_verifier", codeVerifier,
                "redirect_uri", redirectUri));
    }

    public Tokens refresh(String refreshToken) throws Refusal {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private Tokens token(Map<String, String> parameters) throws Refusal {
        String basic = Base64.getEncoder().encodeToString((urlEncode(clientId()) + ":" + urlEncode(clientSecret.orElse("")))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        JsonObject body = json(response.body());
        if (response.statusCode() != 200) {
            throw new Refusal("the provider answered " + response.statusCode() + " " + body.getString("error", "")
                    + " " + body.getString("error_description", ""), response.statusCode() >= 500);
        }
        return new Tokens(body.getString("access_token"), number(body, "expires_in", 60),
                body.getString("refresh_token", null), number(body, "refresh_expires_in", 0), body.getString("id_token", null));
    }

    private String endpoint(String name) throws Refusal {
        String value = discovery().getString(name, null);
        if (value == null) {
            throw new Refusal("the provider's discovery document has no " + name, true);
        }
        return value;
    }

    private JsonObject discovery() throws Refusal {
        JsonObject known = discovery;
        if (known == null) {
            String issuer = provider.filter(p -> !p.isBlank()).or(() -> tokenIssuer).orElseThrow();
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(10)).GET().build());
            if (response.statusCode() != 200) {
                throw new Refusal("no discovery document at " + issuer + " (HTTP " + response.statusCode() + ")", true);
            }
            known = json(response.body());
            discovery = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request) throws Refusal {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refusal("the provider cannot be reached: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal("interrupted", true);
        }
    }

    /** The claims of a JWT the provider's token endpoint gave us directly (over its own connection), unverified. */
    public static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    static String text(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject body, String name, long fallback) {
        return body.containsKey(name) && body.get(name).getValueType() == JsonValue.ValueType.NUMBER
                ? body.getJsonNumber(name).longValue() : fallback;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null || text.isBlank() ? "{}" : text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
