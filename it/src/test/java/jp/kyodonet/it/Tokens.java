package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Real RS256 tokens, signed with the private key whose public half the server under test verifies with
 * (made by {@code bin/kyodo test-env-up} in the test environment folder), plus forged variants.
 */
public final class Tokens {

    /** The test environment's Keycloak realm: the server takes its JWKS, which also holds the test key. */
    public static final String ISSUER = System.getProperty("kyodo.it.issuer", "urn:kyodonet:demo");
    public static final String AUDIENCE = "kyodo-network";

    /** The bureau of a test bureau officer: the bureau whose projects the city's test records belong to. */
    public static final String BUREAU = "市民局";

    private static final PrivateKey KEY = load(Path.of(System.getProperty("kyodo.it.env", "target/it-env"), "keys", "private.pem"));

    /** The id Keycloak gives the test key in its JWKS: base64url(SHA-256(the public key's X.509 encoding)). */
    public static final String KEY_ID = keyId(KEY);

    private Tokens() {
    }

    /** A valid token of a person of {@code tenant} with {@code roles}. */
    public static String of(String tenant, String... roles) {
        return signed(claims(tenant, roles).build(), KEY);
    }

    /** A token with the standard claims changed by {@code change} (e.g. another issuer), validly signed. */
    public static String with(String tenant, String role, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder claims = claims(tenant, role);
        change.accept(claims);
        return signed(claims.build(), KEY);
    }

    /** A well-formed token signed by a key the server does not know. */
    public static String signedByStranger(String tenant, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return signed(claims(tenant, role).build(), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}). */
    public static String unsigned(String tenant, String role) {
        JsonObject header = Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build();
        return base64(header.toString()) + "." + base64(claims(tenant, role).build().toString()) + ".";
    }

    /** The subject of {@link #of}'s person of {@code tenant} with {@code roles}. */
    static String subject(String tenant, String... roles) {
        return "it-" + tenant + "-" + String.join("+", roles);
    }

    static JsonObjectBuilder claims(String tenant, String... roles) {
        Instant now = Instant.now();
        String subject = subject(tenant, roles);
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", subject)
                .add("upn", subject)
                .add("name", "テスト " + subject)
                .add("email", Mailboxes.address(subject))
                .add("groups", Json.createArrayBuilder(List.of(roles)))
                .add("iat", now.getEpochSecond())
                .add("exp", now.plusSeconds(3600).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (tenant != null) {
            claims.add("tenant", tenant);
        }
        if (List.of(roles).contains("bureau-officer")) {
            // a bureau's officer names their post, as the realm's officer does (change it with Tokens.with)
            claims.add("bureau", BUREAU).add("division", "地域活動推進課");
        }
        return claims;
    }

    private static String signed(JsonObject claims, PrivateKey key) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", KEY_ID).build();
        String input = base64(header.toString()) + "." + base64(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String keyId(PrivateKey key) {
        try {
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
            byte[] publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent())).getEncoded();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey load(Path pem) {
        try {
            String body = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test key " + pem + " (is the test environment up?)", e);
        }
    }
}
