package jp.kyodonet.web.signin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The portal's sign-ins under way and its signed-in browsers, in the database (tables sign_in_attempt and
 * portal_session), so that any server of a cluster continues what another began. Secrets the browser holds (the state,
 * the cookies) are stored only as SHA-256 hashes.
 */
@ApplicationScoped
public class PortalSessions {

    /** How long a person may take on the provider's sign-in page. */
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "jdbc/kyodo")
    DataSource dataSource;

    /** A sign-in under way. */
    public record Attempt(String codeVerifier, String nonce, String returnTo) {
    }

    /** A signed-in browser's session. */
    public record Session(String idHash, String tenant, String subject, String accessToken,
                          Instant accessExpires, String refreshToken, Instant refreshExpires, String idToken, int version) {
    }

    /** 32 random bytes, base64url: cookie values, state, nonce and PKCE verifier. */
    public static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void begin(String state, String browser, Attempt attempt, Instant now) {
        update("DELETE FROM sign_in_attempt WHERE created_at < ?", now.minus(ATTEMPT_LIFETIME).toEpochMilli());
        update("INSERT INTO sign_in_attempt (state_hash, browser_hash, code_verifier, nonce, return_to, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", hash(state), hash(browser), attempt.codeVerifier(), attempt.nonce(),
                attempt.returnTo(), now.toEpochMilli());
    }

    /**
     * The attempt of {@code state}, taken once (a second use of the same state finds nothing) and only by the browser
     * that began it, within its lifetime.
     */
    public Optional<Attempt> finish(String state, String browser, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            Attempt attempt;
            try (PreparedStatement select = c.prepareStatement("SELECT browser_hash, code_verifier, nonce, return_to, created_at"
                    + " FROM sign_in_attempt WHERE state_hash = ?")) {
                select.setString(1, hash(state));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (browser == null || !MessageDigest.isEqual(row.getString(1).getBytes(StandardCharsets.US_ASCII),
                            hash(browser).getBytes(StandardCharsets.US_ASCII))
                            || row.getLong(5) < now.minus(ATTEMPT_LIFETIME).toEpochMilli()) {
                        return Optional.empty();
                    }
                    attempt = new Attempt(row.getString(2), row.getString(3), row.getString(4));
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sign_in_attempt WHERE state_hash = ?")) {
                delete.setString(1, hash(state));
                return delete.executeUpdate() == 1 ? Optional.of(attempt) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(String sessionId, Session session, Instant now) {
        update("DELETE FROM portal_session WHERE refresh_expires_at < ? OR (refresh_expires_at IS NULL AND access_expires_at < ?)",
                now.toEpochMilli(), now.toEpochMilli());
        update("INSERT INTO portal_session (id_hash, tenant_id, subject, access_token, access_expires_at,"
                        + " refresh_token, refresh_expires_at, id_token, created_at, refreshed_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                hash(sessionId), session.tenant(), session.subject(), session.accessToken(),
                session.accessExpires().toEpochMilli(), session.refreshToken(),
                session.refreshExpires() == null ? null : session.refreshExpires().toEpochMilli(), session.idToken(),
                now.toEpochMilli(), now.toEpochMilli());
    }

    public Optional<Session> find(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id_hash, tenant_id, subject, access_token,"
                     + " access_expires_at, refresh_token, refresh_expires_at, id_token, version FROM portal_session WHERE id_hash = ?")) {
            select.setString(1, hash(sessionId));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long refreshExpires = row.getLong(7);
                return Optional.of(new Session(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5)), row.getString(6),
                        row.wasNull() ? null : Instant.ofEpochMilli(refreshExpires), row.getString(8), row.getInt(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores refreshed tokens if nobody else refreshed this session meanwhile (optimistic: the version it was read at);
     * false when another request or server was first, whose tokens then stand.
     */
    public boolean refreshed(Session session, IdentityProvider.Tokens tokens, Instant now) {
        return update("UPDATE portal_session SET access_token = ?, access_expires_at = ?, refresh_token = ?, refresh_expires_at = ?,"
                        + " id_token = COALESCE(?, id_token), refreshed_at = ?, version = version + 1 WHERE id_hash = ? AND version = ?",
                tokens.accessToken(), now.plusSeconds(tokens.expiresIn()).toEpochMilli(),
                tokens.refreshToken() == null ? session.refreshToken() : tokens.refreshToken(),
                tokens.refreshExpiresIn() > 0 ? now.plusSeconds(tokens.refreshExpiresIn()).toEpochMilli()
                        : session.refreshExpires() == null ? null : session.refreshExpires().toEpochMilli(),
                tokens.idToken(), now.toEpochMilli(), session.idHash(), session.version()) == 1;
    }

    public void close(String idHash) {
        update("DELETE FROM portal_session WHERE id_hash = ?", idHash);
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
