package jp.kyodonet.platform.tenancy;

import jp.kyodonet.tenants.TenantId;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secret links for people without an account (a participant's survey, a partner's evaluation column, a
 * proposer's status page): the centre's id, a dot, 32 random hex digits. The prefix lets a public page act
 * for that centre; the random part is the secret; neither names a person.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[0-9a-f]{32}");

    private LinkTokens() {
    }

    public static String issue(TenantId centre) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return centre.value() + "." + HexFormat.of().formatHex(random);
    }

    /** The centre a well-formed token names (whether it exists is the caller's question). */
    public static Optional<String> centreOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !SECRET.matcher(token.substring(dot + 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(token.substring(0, dot));
    }
}
