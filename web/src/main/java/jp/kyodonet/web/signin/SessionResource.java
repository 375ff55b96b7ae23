package jp.kyodonet.web.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodonet.platform.demo.PlatformMode;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.web.platform.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's sign-in through the identity provider, held on the server (a backend for frontend): the authorization
 * code flow with PKCE (S256) as a confidential client; the browser keeps only an opaque HttpOnly, SameSite=Lax cookie
 * (Secure when the portal is served over HTTPS). The page asks for a short-lived access token for its API calls
 * ({@code POST session/token}, kept in the page's memory, never in storage or a URL), which the server refreshes with
 * the refresh token that never leaves it. State-changing calls here need the header {@code X-Kyodo-Session: 1}, which
 * a cross-site form or link cannot send.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "sign-in", description = "ポータルのログイン（認証基盤経由） (the portal's sign-in through the identity provider)")
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());
    static final String SESSION_COOKIE = "kyodo_session";
    static final String BROWSER_COOKIE = "kyodo_sign_in";
    /** The pages a sign-in may return to. */
    private static final List<String> PAGES = List.of("portal.html");
    /** An access token this close to its expiry is refreshed before it is handed out. */
    private static final long REFRESH_MARGIN_SECONDS = 30;

    @Inject
    IdentityProvider provider;

    @Inject
    PortalSessions sessions;

    @Inject
    PlatformMode mode;

    /** The portal's public address (behind a proxy: https://…/kyodo/); by default the address it was asked at. */
    @Inject
    @ConfigProperty(name = "platform.sign-in.public-url")
    Optional<String> publicUrl;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "How one signs in here: through the identity provider, the demo sign-in, or both")
    public JsonObject options() {
        return Json.createObjectBuilder().add("identityProvider", provider.enabled())
                .add("demoSignIn", mode.demoSignInEnabled()).build();
    }

    @GET
    @Path("sign-in")
    @Operation(summary = "Starts a sign-in: sends the browser to the identity provider's sign-in page")
    public Response signIn(@QueryParam("to") String to) {
        requireProvider();
        String returnTo = to != null && PAGES.contains(to) ? to : PAGES.get(0);
        String state = PortalSessions.secret();
        String browser = PortalSessions.secret();
        String verifier = PortalSessions.secret() + PortalSessions.secret();
        String nonce = PortalSessions.secret();
        sessions.begin(state, browser, new PortalSessions.Attempt(verifier, nonce, returnTo), Instant.now());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.clientId());
        query.put("redirect_uri", callbackUri());
        query.put("scope", "openid profile email organization");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        query.put("ui_locales", "ja en");
        try {
            String endpoint = provider.authorizationEndpoint();
            return Response.seeOther(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + IdentityProvider.form(query)))
                    .cookie(cookie(BROWSER_COOKIE, browser, false)).header("Cache-Control", "no-store").build();
        } catch (IdentityProvider.Refusal e) {
            LOG.warning(() -> "sign-in cannot start: " + e.getMessage());
            return toPage("index.html?signin=unavailable");
        }
    }

    @GET
    @Path("callback")
    @Operation(summary = "Where the identity provider sends the browser back: opens the session, then shows the portal")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @CookieParam(BROWSER_COOKIE) String browser) {
        requireProvider();
        Instant now = Instant.now();
        if (error != null || code == null || state == null) {
            return failed("cancelled", error == null ? "no code" : error);
        }
        Optional<PortalSessions.Attempt> attempt = sessions.finish(state, browser, now);
        if (attempt.isEmpty()) {
            return failed("expired", "unknown, used or foreign state");
        }
        IdentityProvider.Tokens tokens;
        try {
            tokens = provider.exchange(code, attempt.get().codeVerifier(), callbackUri());
        } catch (IdentityProvider.Refusal e) {
            return failed(e.unreachable() ? "unavailable" : "expired", e.getMessage());
        }
        JsonObject id = tokens.idToken() == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : IdentityProvider.claims(tokens.idToken());
        if (!attempt.get().nonce().equals(IdentityProvider.text(id, "nonce"))) {
            return failed("expired", "the ID token's nonce does not match");
        }
        JsonObject claims = IdentityProvider.claims(tokens.accessToken());
        String tenant = IdentityProvider.text(claims, "tenant");
        String subject = IdentityProvider.text(claims, "sub");
        if (tenant == null || tenant.isBlank() || subject == null) {
            return failed("no-centre", "the token names no centre (tenant)");
        }
        String sessionId = PortalSessions.secret();
        sessions.open(sessionId, new PortalSessions.Session(null, tenant, subject,
                tokens.accessToken(), now.plusSeconds(tokens.expiresIn()), tokens.refreshToken(),
                tokens.refreshExpiresIn() > 0 ? now.plusSeconds(tokens.refreshExpiresIn()) : null, tokens.idToken(), 0), now);
        LOG.info(() -> "portal sign-in of " + subject + " (" + tenant + ")");
        return Response.seeOther(base().resolve(attempt.get().returnTo()))
                .cookie(cookie(SESSION_COOKIE, sessionId, false), cookie(BROWSER_COOKIE, "", true))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("token")
    @Operation(summary = "An access token for the page's API calls (refreshed on the server when near its expiry)")
    public Response token(@CookieParam(SESSION_COOKIE) String sessionId, @HeaderParam("X-Kyodo-Session") String marker) {
        Response refused = refuseCrossSite(marker);
        if (refused != null) {
            return refused;
        }
        Optional<PortalSessions.Session> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            return ended(sessionId != null);
        }
        PortalSessions.Session session = found.get();
        Instant now = Instant.now();
        if (session.accessExpires().isBefore(now.plusSeconds(REFRESH_MARGIN_SECONDS))) {
            if (session.refreshToken() == null) {
                sessions.close(session.idHash());
                return ended(true);
            }
            try {
                IdentityProvider.Tokens tokens = provider.refresh(session.refreshToken());
                sessions.refreshed(session, tokens, now);
            } catch (IdentityProvider.Refusal e) {
                if (e.unreachable()) {
                    return Problems.response(503, "identity-provider-unavailable",
                            new Message("認証基盤に接続できません", "The identity provider cannot be reached"),
                            new Message("しばらくしてからもう一度お試しください。入力中の内容はそのまま残っています。",
                                    "Please try again shortly; what you have entered is kept."), List.of(), "/session/token");
                }
                // the account was disabled, the session ended at the provider, or the refresh token expired
                String subject = session.subject();
                LOG.info(() -> "portal session of " + subject + " ended at refresh: " + e.getMessage());
                sessions.close(session.idHash());
                return ended(true);
            }
            session = sessions.find(sessionId).orElse(null);
            if (session == null) {
                return ended(true);
            }
        }
        return Response.ok(Json.createObjectBuilder().add("accessToken", session.accessToken())
                        .add("expiresAt", session.accessExpires().getEpochSecond())
                        .add("expiresIn", Math.max(0, session.accessExpires().getEpochSecond() - now.getEpochSecond())).build())
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "Signs out: ends the session here and gives the address that ends the provider's session too")
    public Response signOut(@CookieParam(SESSION_COOKIE) String sessionId, @HeaderParam("X-Kyodo-Session") String marker) {
        Response refused = refuseCrossSite(marker);
        if (refused != null) {
            return refused;
        }
        Optional<PortalSessions.Session> session = sessions.find(sessionId);
        session.ifPresent(s -> sessions.close(s.idHash()));
        String signedOut = base().resolve("index.html?signed-out=1").toString();
        JsonObjectBuilder body = Json.createObjectBuilder().add("next", signedOut);
        if (session.isPresent() && provider.enabled()) {
            try {
                provider.endSessionUrl(session.get().idToken(), signedOut).ifPresent(url -> body.add("next", url));
            } catch (IdentityProvider.Refusal e) {
                LOG.warning(() -> "the provider's session could not be ended: " + e.getMessage());
            }
        }
        return Response.ok(body.build()).cookie(cookie(SESSION_COOKIE, "", true)).header("Cache-Control", "no-store").build();
    }

    private void requireProvider() {
        if (!provider.enabled()) {
            throw jp.kyodonet.platform.error.DomainException.notFound("認証基盤経由のログイン", "Sign-in through the identity provider");
        }
    }

    /**
     * A call from a page of another site cannot carry the custom header (it would need a CORS preflight, which is never
     * granted), and a browser names the page's origin.
     */
    private Response refuseCrossSite(String marker) {
        String origin = request.getHeader("Origin");
        String own = base().getScheme() + "://" + base().getAuthority();
        if (!"1".equals(marker) || (origin != null && !origin.equals(own) && !origin.equals(requestOrigin()))) {
            return Problems.forbidden(new Message("このページからの要求として受け付けられません",
                    "Not accepted as a request of this site's pages"), "/" + uri.getPath());
        }
        return null;
    }

    private Response ended(boolean hadSession) {
        Message detail = hadSession
                ? new Message("ログインの有効期限が切れたか、サインアウトしました。もう一度ログインしてください。",
                "Your sign-in has ended. Please sign in again.")
                : new Message("ログインしていません", "You are not signed in");
        return Response.fromResponse(Problems.response(401, hadSession ? "session-ended" : "not-signed-in",
                        new Message("ログインが必要です", "Sign-in required"), detail, List.of(), "/" + uri.getPath()))
                .cookie(cookie(SESSION_COOKIE, "", true)).build();
    }

    private Response failed(String reason, String log) {
        LOG.info(() -> "portal sign-in failed (" + reason + "): " + log);
        return toPage("index.html?signin=" + reason);
    }

    private Response toPage(String page) {
        return Response.seeOther(base().resolve(page)).cookie(cookie(BROWSER_COOKIE, "", true))
                .header("Cache-Control", "no-store").build();
    }

    private NewCookie cookie(String name, String value, boolean expire) {
        return new NewCookie.Builder(name).value(value).path(base().getPath()).httpOnly(true)
                .secure("https".equals(base().getScheme())).sameSite(NewCookie.SameSite.LAX)
                .maxAge(expire ? 0 : NewCookie.DEFAULT_MAX_AGE).build();
    }

    /** The portal's address (…/kyodo/), from the configured public URL or the request. */
    private URI base() {
        String configured = publicUrl.filter(u -> !u.isBlank()).orElse(null);
        if (configured != null) {
            return URI.create(configured.endsWith("/") ? configured : configured + "/");
        }
        return URI.create(requestOrigin() + request.getContextPath() + "/");
    }

    private String requestOrigin() {
        URI requestUri = uri.getBaseUri();
        return requestUri.getScheme() + "://" + requestUri.getAuthority();
    }

    private String callbackUri() {
        return base().resolve("api/v1/session/callback").toString();
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
