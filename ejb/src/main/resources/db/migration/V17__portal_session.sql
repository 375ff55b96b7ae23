-- The portal's sign-in through the identity provider (OIDC authorization code flow with PKCE), held on the server
-- (backend for frontend): the browser keeps only an opaque, HttpOnly cookie. Tables, not memory, so that every server
-- of a cluster serves every session. Neither table is a centre's record: a session names its centre for the record.
-- Times are epoch milliseconds (UTC, whatever the server's or the database's time zone).

-- A sign-in under way: made when the portal sends the person to the provider, used once when the provider sends them
-- back (by the hash of the `state` parameter), bound to the browser that started it (the hash of a second cookie).
CREATE TABLE sign_in_attempt (
  state_hash     CHAR(64)     NOT NULL PRIMARY KEY,
  browser_hash   CHAR(64)     NOT NULL,
  code_verifier  VARCHAR(128) NOT NULL,
  nonce          VARCHAR(64)  NOT NULL,
  return_to      VARCHAR(200) NOT NULL,
  created_at     BIGINT       NOT NULL,
  KEY sign_in_attempt_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signed-in browser: the provider's tokens, found by the hash of the session cookie (the cookie itself is never
-- stored). The access token is handed to the page on request; the refresh token never leaves the server.
CREATE TABLE portal_session (
  id_hash             CHAR(64)     NOT NULL PRIMARY KEY,
  tenant_id           VARCHAR(64)  NOT NULL,
  subject             VARCHAR(255) NOT NULL,
  access_token        TEXT         NOT NULL,
  access_expires_at   BIGINT       NOT NULL,
  refresh_token       TEXT         NULL,
  refresh_expires_at  BIGINT       NULL,
  id_token            TEXT         NULL,
  created_at          BIGINT       NOT NULL,
  refreshed_at        BIGINT       NOT NULL,
  version             INT          NOT NULL DEFAULT 0,
  KEY portal_session_expiry (refresh_expires_at),
  KEY portal_session_subject (tenant_id, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
