package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Referral requests for the tests. */
public final class Referrals {

    private Referrals() {
    }

    public static String body(String toCentre, String summary, boolean contactConsent) {
        return Json.createObjectBuilder().add("toCentre", toCentre).add("summary", summary)
                .add("contactConsent", contactConsent).build().toString();
    }

    /** {@code token}'s centre refers its consultation to {@code toCentre}; returns the referral as answered. */
    public static JsonObject send(String token, String consultationId, String toCentre, boolean contactConsent) {
        Api.Reply reply = Api.post("/consultations/" + consultationId + "/referrals", token,
                body(toCentre, "紹介先向けの概要: 会計の相談。先方の区で継続支援をお願いしたい。", contactConsent));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** A new consultation of {@code fromCentre}, referred to {@code toCentre}; returns the referral id. */
    public static String fresh(String fromCentre, String toCentre, boolean contactConsent) {
        String staff = Tokens.of(fromCentre, "city".equals(fromCentre) ? "network-coordinator" : "centre-staff");
        String consultation = Consultations.create(staff, "紹介する相談 " + fromCentre).getString("id");
        return send(staff, consultation, toCentre, contactConsent).getString("id");
    }
}
