package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals between centres (NETWORK scope): only the two centres see a referral, the receiver gets the
 * requester's contact only with consent, accepting opens exactly one linked consultation, and invalid
 * answers change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralIT {

    private final String minamiStaff = Tokens.of("minami", "centre-staff");
    private final String minamiManager = Tokens.of("minami", "centre-manager");
    private final String sakaeStaff = Tokens.of("sakae", "centre-staff");
    private final String sakaeManager = Tokens.of("sakae", "centre-manager");
    private final String seyaManager = Tokens.of("seya", "centre-manager");

    /** JSON-B leaves out null fields: absent or null. */
    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    private String minamiConsultation(String summary) {
        return Consultations.create(minamiStaff, summary).getString("id");
    }

    private static boolean listed(String token, String box, String referralId) {
        Api.Reply reply = Api.get("/referrals?size=100&box=" + box, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream()
                .anyMatch(r -> r.asJsonObject().getString("id").equals(referralId));
    }

    @Test
    void receiverAcceptsAndBothSidesSeeTheStatusWithoutTheContact() {
        String source = minamiConsultation("みなみの相談（紹介する）");
        JsonObject sent = Referrals.send(minamiStaff, source, "sakae", false);
        String id = sent.getString("id");
        assertEquals("SENT", sent.getString("status"));
        assertEquals("OUTGOING", sent.getString("direction"));
        assertEquals(source, sent.getString("sourceConsultationId"));

        // the receiver sees it in its inbox, without the requester's name or contact
        assertTrue(listed(sakaeStaff, "incoming", id), "in sakae's inbox");
        assertTrue(listed(minamiStaff, "outgoing", id), "in minami's sent box");
        JsonObject incoming = Api.get("/referrals/" + id, sakaeStaff).json();
        assertEquals("INCOMING", incoming.getString("direction"));
        assertTrue(absent(incoming, "requesterName"), incoming::toString);
        assertTrue(absent(incoming, "requesterContact"), incoming::toString);
        assertTrue(absent(incoming, "sourceConsultationId"), "the receiver is not given the sender's record id");
        assertFalse(incoming.toString().contains("テスト太郎"), incoming::toString);
        assertFalse(incoming.toString().contains("taro@example.jp"), incoming::toString);

        // accepting opens sakae's own linked consultation
        Api.Reply accepted = Api.post("/referrals/" + id + "/accept", sakaeStaff, "");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        String linked = accepted.json().getString("linkedConsultationId");
        JsonObject consultation = Api.get("/consultations/" + linked, sakaeStaff).json();
        assertEquals("REFERRAL", consultation.getString("channel"));
        assertEquals("RECEIVED", consultation.getString("status"));
        assertEquals(id, consultation.getString("referralId"));
        assertTrue(consultation.getString("summary").startsWith("紹介先向けの概要"), consultation::toString);
        assertFalse(consultation.toString().contains("テスト太郎"), "the requester's name stayed in minami");
        assertTrue(absent(consultation, "requesterContact"), consultation::toString);
        assertTrue(Consultations.allIds(sakaeStaff).contains(linked));

        // the sender sees the new status, not the receiver's record; the original is untouched and notes the referral
        JsonObject seen = Api.get("/referrals/" + id, minamiStaff).json();
        assertEquals("ACCEPTED", seen.getString("status"));
        assertTrue(absent(seen, "linkedConsultationId"), seen::toString);
        assertEquals(404, Api.get("/consultations/" + linked, minamiStaff).status());
        assertEquals("RECEIVED", Api.get("/consultations/" + source, minamiStaff).json().getString("status"));
        List<String> steps = Api.get("/consultations/" + source + "/timeline", minamiStaff).jsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertTrue(steps.contains("REFERRED"), steps::toString);
        JsonObject onConsultation = Api.get("/consultations/" + source + "/referrals", minamiStaff).jsonArray()
                .getJsonObject(0);
        assertEquals(id, onConsultation.getString("id"));
        assertEquals("ACCEPTED", onConsultation.getString("status"));
    }

    @Test
    void aThirdWardFindsNothingAndChangesNothing() {
        JsonObject sent = Referrals.send(minamiStaff, minamiConsultation("第三の区からは見えない紹介"), "sakae", true);
        String id = sent.getString("id");
        assertEquals(404, Api.get("/referrals/" + id, seyaManager).status());
        assertEquals(404, Api.post("/referrals/" + id + "/accept", seyaManager, "").status());
        assertEquals(404, Api.post("/referrals/" + id + "/decline", seyaManager, "{\"reason\":\"横取り\"}").status());
        assertEquals(404, Api.post("/referrals/" + id + "/withdraw", seyaManager, "").status());
        Api.Reply cityTry = Api.get("/referrals/" + id, Tokens.of("city", "network-coordinator"));
        assertEquals(404, cityTry.status(), "the city centre is not one of the two: " + cityTry);
        assertFalse(listed(seyaManager, "incoming", id));
        assertFalse(listed(seyaManager, "outgoing", id));

        JsonObject after = Api.get("/referrals/" + id, sakaeStaff).json();
        assertEquals("SENT", after.getString("status"));
        assertEquals(sent.getInt("version"), after.getInt("version"));
        assertTrue(absent(after, "answeredAt"));
    }

    @Test
    void withConsentTheReceiverSeesTheContactAndTheReadIsAudited() {
        String id = Referrals.send(minamiStaff, minamiConsultation("同意ありの紹介"), "sakae", true).getString("id");
        assertFalse(Api.get("/referrals?box=incoming&size=100", sakaeStaff).body().contains("taro@example.jp"),
                "lists never carry the contact");
        long auditBefore = auditTotal(sakaeManager);
        JsonObject read = Api.get("/referrals/" + id, sakaeStaff).json();
        assertEquals("テスト太郎", read.getString("requesterName"));
        assertEquals("taro@example.jp", read.getString("requesterContact"));
        assertEquals(auditBefore + 1, auditTotal(sakaeManager), "the read of the contact is in sakae's audit log");
        String linked = Api.post("/referrals/" + id + "/accept", sakaeStaff, "").json().getString("linkedConsultationId");
        JsonObject consultation = Api.get("/consultations/" + linked, sakaeStaff).json();
        assertEquals("テスト太郎", consultation.getString("requesterName"));
        assertEquals("taro@example.jp", consultation.getString("requesterContact"));
    }

    private static long auditTotal(String manager) {
        return Api.get("/audit-entries?size=1", manager).json().getJsonNumber("total").longValue();
    }

    @Test
    void invalidAnswersAre409AndChangeNothing() throws Exception {
        String id = Referrals.send(minamiStaff, minamiConsultation("辞退される紹介"), "sakae", false).getString("id");
        assertEquals(409, Api.post("/referrals/" + id + "/accept", minamiStaff, "").status(),
                "the sender cannot accept its own referral");
        assertEquals(409, Api.post("/referrals/" + id + "/withdraw", sakaeStaff, "").status(),
                "the receiver cannot withdraw");
        Api.Reply declined = Api.post("/referrals/" + id + "/decline", sakaeManager, "{\"reason\":\"専門外のため市センターへ\"}");
        assertEquals(200, declined.status(), declined::toString);
        assertEquals("DECLINED", declined.json().getString("status"));
        long sakaeConsultations = Consultations.total(sakaeStaff);

        Api.Reply accept = Api.post("/referrals/" + id + "/accept", sakaeStaff, "");
        assertEquals(409, accept.status(), accept::toString);
        assertEquals("application/problem+json", accept.contentType());
        assertTrue(accept.json().getString("detail").contains("辞退"), accept::toString);
        assertEquals(409, Api.post("/referrals/" + id + "/decline", sakaeStaff, "{\"reason\":\"再度\"}").status());
        assertEquals(409, Api.post("/referrals/" + id + "/withdraw", minamiStaff, "").status());

        JsonObject after = Api.get("/referrals/" + id, minamiStaff).json();
        assertEquals("DECLINED", after.getString("status"));
        assertEquals("専門外のため市センターへ", after.getString("declineReason"));
        assertEquals(sakaeConsultations, Consultations.total(sakaeStaff), "no consultation was opened");
        assertEquals(0, Database.consultationsOpenedFor(id));
    }

    @Test
    void twentyParallelAcceptsOpenExactlyOneConsultation() throws Exception {
        String id = Referrals.send(minamiStaff, minamiConsultation("同時に受け入れられる紹介"), "sakae", false)
                .getString("id");
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String token = i % 2 == 0 ? sakaeStaff : sakaeManager;
                Callable<Api.Reply> accept = () -> {
                    start.await();
                    return Api.post("/referrals/" + id + "/accept", token, "");
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<Api.Reply> answer : answers) {
                Api.Reply reply = answer.get();
                if (reply.status() == 200) {
                    ok++;
                } else {
                    assertEquals(409, reply.status(), reply::toString);
                    conflict++;
                }
            }
            assertEquals(1, ok, "one accept wins");
            assertEquals(parallel - 1, conflict);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.consultationsOpenedFor(id), "exactly one linked consultation");
        assertEquals("ACCEPTED", Api.get("/referrals/" + id, minamiStaff).json().getString("status"));
    }

    @Test
    void sendingIsCheckedAndRefusedWithoutWriting() {
        String source = minamiConsultation("送信の検査");
        String path = "/consultations/" + source + "/referrals";

        Api.Reply unknown = Api.post(path, minamiStaff, Referrals.body("atlantis", "概要", false));
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("toCentre"), unknown::toString);
        Api.Reply bad = Api.post(path, minamiStaff, "{\"toCentre\":\"sakae\",\"contactConsent\":\"yes\",\"extra\":1}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("application/problem+json", bad.contentType());
        for (String field : List.of("summary", "contactConsent", "extra")) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + " named: " + bad);
        }
        assertEquals(409, Api.post(path, minamiStaff, Referrals.body("minami", "自分宛て", false)).status(),
                "not to itself");
        assertEquals(0, Api.get(path, minamiStaff).jsonArray().size(), "nothing was sent");

        Referrals.send(minamiStaff, source, "sakae", false);
        Api.Reply twice = Api.post(path, minamiStaff, Referrals.body("sakae", "二重送信", false));
        assertEquals(409, twice.status(), "one pending referral per centre: " + twice);
        assertEquals(1, Api.get(path, minamiStaff).jsonArray().size());

        // another centre's consultation cannot be referred by naming its id
        assertEquals(404, Api.post(path, seyaManager, Referrals.body("sakae", "他区の相談", false)).status());
        assertEquals(404, Api.get(path, seyaManager).status());

        // a closed consultation cannot be referred
        String closedId = Consultations.createAssigned(minamiStaff, minamiManager, "終了した相談").getString("id");
        Api.Reply closed = Api.post("/consultations/" + closedId + "/close", minamiStaff,
                "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + LocalDate.now() + "\"}", "If-Match", "\"2\"");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals(409, Api.post("/consultations/" + closedId + "/referrals", minamiStaff,
                Referrals.body("sakae", "終了後", false)).status());
    }

    @Test
    void theSenderMayWithdrawWhileItWaits() {
        String id = Referrals.send(minamiStaff, minamiConsultation("取り下げる紹介"), "sakae", false).getString("id");
        Api.Reply withdrawn = Api.post("/referrals/" + id + "/withdraw", minamiStaff, "");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        Api.Reply accept = Api.post("/referrals/" + id + "/accept", sakaeStaff, "");
        assertEquals(409, accept.status(), accept::toString);
        assertNotEquals("ACCEPTED", Api.get("/referrals/" + id, sakaeStaff).json().getString("status"));
    }
}
