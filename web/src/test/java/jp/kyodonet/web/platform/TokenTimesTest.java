package jp.kyodonet.web.platform;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenTimesTest {

    private static final long NOW = 1_800_000_000L;
    private static final long SKEW = 30;
    private static final long MAX_AGE = 3600;

    @Test
    void aFreshTokenIsTakenAndClockSkewIsAllowed() {
        assertTrue(TokenTimes.refusal(NOW, NOW, null, SKEW, MAX_AGE).isEmpty());
        assertTrue(TokenTimes.refusal(NOW, NOW + 30, NOW + 30, SKEW, MAX_AGE).isEmpty(), "30 s ahead is skew");
        assertTrue(TokenTimes.refusal(NOW, Json.createValue(NOW - 3600), null, SKEW, MAX_AGE).isEmpty(),
                "as JSON numbers too, and exactly at the maximum age");
    }

    @Test
    void issuedOrValidOnlyInTheFutureIsRefused() {
        assertEquals("The token's issued-at time (iat) is in the future",
                TokenTimes.refusal(NOW, NOW + 31, null, SKEW, MAX_AGE).orElseThrow().en());
        assertEquals("The token is not valid yet (nbf)",
                TokenTimes.refusal(NOW, NOW, NOW + 600, SKEW, MAX_AGE).orElseThrow().en());
    }

    @Test
    void tooOldIsRefusedWhateverItsExpirySays() {
        assertTrue(TokenTimes.refusal(NOW, NOW - 3600 - 31, null, SKEW, MAX_AGE).orElseThrow().ja().contains("古すぎます"));
    }

    @Test
    void aTokenThatDoesNotSayWhenItWasIssuedIsRefused() {
        assertTrue(TokenTimes.refusal(NOW, null, null, SKEW, MAX_AGE).orElseThrow().en().contains("iat"));
        assertTrue(TokenTimes.refusal(NOW, "soon", null, SKEW, MAX_AGE).isPresent());
    }
}
