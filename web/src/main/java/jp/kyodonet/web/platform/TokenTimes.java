package jp.kyodonet.web.platform;

import jakarta.json.JsonNumber;
import jp.kyodonet.platform.error.Message;

import java.util.Optional;

/**
 * When a verified token may be used, beyond its expiry (which MicroProfile JWT checks): it must say when it was issued
 * ({@code iat}), neither {@code iat} nor {@code nbf} may lie in the future (a small clock skew allowed), and it may not
 * be older than the maximum age, whatever its {@code exp} says, so that a token minted with a far expiry (by mistake
 * or by a compromised issuer) stops working anyway.
 */
final class TokenTimes {

    private TokenTimes() {
    }

    /** Why a token with these times is refused at {@code now} (all in epoch seconds), or empty when it may be used. */
    static Optional<Message> refusal(long now, Object issuedAt, Object notBefore, long skewSeconds, long maxAgeSeconds) {
        Long iat = seconds(issuedAt);
        Long nbf = seconds(notBefore);
        if (iat == null) {
            return Optional.of(new Message("トークンに発行時刻（iat）がありません", "The token has no issued-at time (iat)"));
        }
        if (iat > now + skewSeconds) {
            return Optional.of(new Message("トークンの発行時刻（iat）が未来です", "The token's issued-at time (iat) is in the future"));
        }
        if (nbf != null && nbf > now + skewSeconds) {
            return Optional.of(new Message("トークンはまだ有効になっていません（nbf）", "The token is not valid yet (nbf)"));
        }
        if (now - iat > maxAgeSeconds + skewSeconds) {
            return Optional.of(new Message("トークンが古すぎます。もう一度ログインしてください（上限 " + maxAgeSeconds / 60 + " 分）",
                    "The token is too old; sign in again (limit " + maxAgeSeconds / 60 + " minutes)"));
        }
        return Optional.empty();
    }

    private static Long seconds(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof String text && text.matches("\\d{1,12}")) {
            return Long.parseLong(text);
        }
        return null;
    }
}
