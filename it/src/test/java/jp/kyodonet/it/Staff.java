package jp.kyodonet.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * People of a centre's staff directory for the tests' assignments: a person is in the directory once they have signed
 * in (the portal's first call, GET /me). Asked directly over HTTP, not through {@link Api}, so that preparing an
 * assignee never counts as the request an endpoint test captures.
 */
final class Staff {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Staff() {
    }

    /**
     * The subject of a staff member of {@code centre} who has just signed in (the test issuer's centre-staff person):
     * signed in again each time, so that they are active whatever a directory import did meanwhile.
     */
    static String assignable(String centre) {
        return signIn(Tokens.of(centre, "centre-staff"));
    }

    /** Signs the token's person in (GET /me) and returns their subject. */
    static String signIn(String token) {
        try {
            HttpResponse<String> me = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (me.statusCode() != 200) {
                throw new IllegalStateException("GET /me answered " + me.statusCode() + ": " + me.body());
            }
            return Keycloak.json(me.body()).asJsonObject().getString("subject");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON assignment body naming a signed-in staff member of {@code centre}. */
    static String assignment(String centre) {
        return "{\"assigneeSubject\":\"" + assignable(centre) + "\"}";
    }
}
