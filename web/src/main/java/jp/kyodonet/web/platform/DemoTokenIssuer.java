package jp.kyodonet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.kyodonet.platform.demo.PlatformMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
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

/**
 * Mints RS256 tokens for the demo sign-in with the local demo key. Only used when the demo sign-in is
 * on, which {@link PlatformMode} allows in demo mode only. The tokens are verified by MicroProfile JWT
 * exactly like an OIDC provider's.
 */
@ApplicationScoped
public class DemoTokenIssuer {

    @Inject
    PlatformMode mode;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.token-minutes", defaultValue = "60")
    int minutes;

    private volatile PrivateKey key;
    private volatile String keyId;

    /** A signed token for a person of {@code tenant} with one role (a bureau's officer: with the bureau and division). */
    public String issue(String tenant, String role, String displayName, Instant now) {
        return issue(tenant, role, displayName, null, null, now);
    }

    /** As {@link #issue(String, String, String, Instant)}, naming the post of a bureau's officer (局, 課). */
    public String issue(String tenant, String role, String displayName, String bureau, String division, Instant now) {
        Instant expires = now.plusSeconds(minutes * 60L);
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId()).build();
        var claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience.split(",")[0].strip())
                .add("sub", "demo-" + tenant + "-" + role)
                .add("upn", "demo-" + tenant + "-" + role)
                .add("name", displayName)
                // the demo's people have addresses of their own, whose mail the demo's mail server shows
                .add("email", tenant + "-" + role + "@demo.kyodo.example.jp")
                .add("tenant", tenant)
                .add("groups", Json.createArrayBuilder(List.of(role)))
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (bureau != null) {
            claims.add("bureau", bureau).add("division", division);
        }
        String signingInput = base64(header.toString()) + "." + base64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the demo token", e);
        }
    }

    public long lifetimeSeconds() {
        return minutes * 60L;
    }

    /**
     * The key's id as Keycloak names an imported key in its JWKS (base64url of the SHA-256 of the public key's X.509
     * encoding): with the identity provider on, the demo key is one of its verification keys and the token must name it.
     */
    private String keyId() {
        if (keyId == null) {
            try {
                RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key();
                byte[] publicKey = KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent())).getEncoded();
                keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(publicKey));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the demo key has no public half", e);
            }
        }
        return keyId;
    }

    private PrivateKey key() {
        if (key == null) {
            try {
                String pem = Files.readString(mode.demoSigningKey(), StandardCharsets.US_ASCII)
                        .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                        .replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the demo key is not a PKCS#8 RSA private key", e);
            }
        }
        return key;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
