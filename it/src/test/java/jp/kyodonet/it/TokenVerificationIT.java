package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a verified token of a known centre opens tenant data. */
@ExtendWith(ArquillianExtension.class)
class TokenVerificationIT {

    private static final String LIST = "/consultations";

    private static void assertRefused(int status, String token) {
        Api.Reply reply = Api.get(LIST, token);
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(status, reply.json().getInt("status"));
    }

    @Test
    void validTokenIsAccepted() {
        assertEquals(200, Api.get(LIST, Tokens.of("seya", "centre-staff")).status());
    }

    @Test
    void noTokenIs401() {
        assertRefused(401, null);
    }

    @Test
    void badSignatureIs401() {
        assertRefused(401, Tokens.signedByStranger("seya", "centre-staff"));
    }

    @Test
    void tamperedClaimsAre401() {
        String token = Tokens.of("seya", "centre-staff");
        String[] parts = token.split("\\.");
        String otherClaims = Tokens.of("city", "centre-manager").split("\\.")[1];
        assertRefused(401, parts[0] + "." + otherClaims + "." + parts[2]);
    }

    @Test
    void algNoneIs401() {
        assertRefused(401, Tokens.unsigned("seya", "centre-staff"));
    }

    @Test
    void expiredTokenIs401() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("iat", past - 600).add("exp", past)));
    }

    @Test
    void tokenIssuedInTheFutureIs401() {
        long later = java.time.Instant.now().plusSeconds(600).getEpochSecond();
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("iat", later).add("exp", later + 600)));
    }

    @Test
    void tokenNotValidYetIs401() {
        long later = java.time.Instant.now().plusSeconds(600).getEpochSecond();
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("nbf", later)));
    }

    @Test
    void tokenOlderThanTheMaximumAgeIs401WhateverItsExpirySays() {
        // the test environment runs the demo's limit of 480 minutes (bin/kyodo); this one was issued 481 minutes ago
        long now = java.time.Instant.now().getEpochSecond();
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("iat", now - 481 * 60).add("exp", now + 600)));
        assertEquals(200, Api.get(LIST, Tokens.with("seya", "centre-staff",
                c -> c.add("iat", now - 470 * 60).add("exp", now + 600))).status(), "younger than the limit is taken");
    }

    @Test
    void tokenWithoutIssuedAtIs401() {
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.remove("iat")));
    }

    @Test
    void wrongIssuerIs401() {
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("iss", "https://evil.example")));
    }

    @Test
    void wrongAudienceIs401() {
        assertRefused(401, Tokens.with("seya", "centre-staff", c -> c.add("aud", "someone-else")));
    }

    @Test
    void missingTenantClaimIs401() {
        assertRefused(401, Tokens.of(null, "centre-staff"));
    }

    @Test
    void unknownTenantIs401() {
        assertRefused(401, Tokens.of("atlantis", "centre-staff"));
    }

    @Test
    void garbageIs401() {
        assertRefused(401, "not-a-jwt");
    }

    @Test
    void cityOnlyRoleOnAWardTokenIs403() {
        Api.Reply reply = Api.get("/hq/consultation-figures", Tokens.of("seya", "hq-analyst"));
        assertEquals(403, reply.status(), reply::toString);
    }

    @Test
    void centreStaffOnHqEndpointIs403() {
        Api.Reply reply = Api.get("/hq/consultation-figures", Tokens.of("city", "centre-staff"));
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }
}
