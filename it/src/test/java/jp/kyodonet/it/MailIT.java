package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail (issue 20): what arrives for staff reaches those who chose "at once" by a real mail server and the others in
 * the digest; an outage of the mail server loses nothing and sends nothing twice; registrants are confirmed, cancel by
 * their link, the first waiting moves up and is told; reminders and survey links go once, surveys only from those
 * present once the session has begun. Mail is read over IMAP from the test environment's GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String A = "tsuzuki";
    private static final String B = "sakae";
    private static final Pattern TOKEN = Pattern.compile("registration\\.html\\?token=([A-Za-z0-9._%-]+)");

    private final String aStaff = Tokens.of(A, "centre-staff");
    private final String bStaff = Tokens.of(B, "centre-staff");
    private final String bManager = Tokens.of(B, "centre-manager");
    private final String admin = Tokens.of("city", "platform-admin");

    @Test
    void aReferralMailsTheReceivingCentresStaffAtOnceTheDigestGathersItForTheOthersAndAcceptingEndsTheItem() {
        choose(bStaff, "IMMEDIATE", "ja");
        choose(bManager, "DIGEST", "ja");
        String staffAddress = Mailboxes.address(Tokens.subject(B, "centre-staff"));
        String managerAddress = Mailboxes.address(Tokens.subject(B, "centre-manager"));
        Api.post("/platform/mail/digest", admin, ""); // what the manager gathered before this test goes now
        long managerMailsBefore = Mailboxes.read(managerAddress).size();

        String summary = "メールの紹介 " + UUID.randomUUID();
        String consultation = Api.post("/consultations", aStaff, Consultations.intake(summary)).json().getString("id");
        String referral = Referrals.send(aStaff, consultation, B, false).getString("id");

        // the inbox has it; the person who chose "at once" has a mail that opens it and names no requester
        assertTrue(inboxHas(bStaff, referral));
        Mailboxes.Mail mail = Mailboxes.await(staffAddress, m -> m.body().contains(referral), 30);
        assertTrue(mail.subject().contains("紹介"), mail.subject());
        assertTrue(mail.body().contains("portal.html?open=referrals%3A" + referral), mail.body());
        assertFalse(mail.body().contains(summary), "the mail does not carry the consultation's words");
        // the manager chose the digest: nothing at once
        Mailboxes.sleep(2000);
        assertEquals(0, Mailboxes.count(managerAddress, m -> m.body().contains(referral)));

        // the digest holds what arrived since the last one, once
        Api.Reply digest = Api.post("/platform/mail/digest", admin, "");
        assertEquals(200, digest.status(), digest::toString);
        assertTrue(digest.json().getInt("mails") >= 1, digest::toString);
        Mailboxes.Mail gathered = Mailboxes.await(managerAddress, m -> m.body().contains(referral), 30);
        assertTrue(gathered.subject().contains("まとめ"), gathered.subject());
        Api.post("/platform/mail/digest", admin, "");
        Mailboxes.sleep(2000);
        assertEquals(1, Mailboxes.count(managerAddress, m -> m.body().contains(referral)), "a notice is in one digest");
        assertEquals(managerMailsBefore + 1, Mailboxes.read(managerAddress).size());

        // accepting the referral ends the inbox item
        assertEquals(200, Api.post("/referrals/" + referral + "/accept", bStaff, "").status());
        assertFalse(inboxHas(bStaff, referral));
        // another centre's people get nothing of it
        assertEquals(0, Mailboxes.count(Mailboxes.address(Tokens.subject(A, "centre-staff")),
                m -> m.body().contains(referral)));
    }

    @Test
    void aMailServerOutageLosesNothingAndSendsNothingTwice() {
        choose(bStaff, "IMMEDIATE", "en");
        String staffAddress = Mailboxes.address(Tokens.subject(B, "centre-staff"));
        String first;
        String second;
        Mailboxes.stopServer();
        try {
            first = Referrals.fresh(A, B, false);
            second = Referrals.fresh(A, B, false);
            // the attempts fail and are counted; the mails wait in the outbox
            long deadline = System.currentTimeMillis() + 30_000;
            JsonObject outbox;
            do {
                Mailboxes.sleep(1000);
                outbox = Api.get("/platform/mail/outbox", admin).json();
            } while (outbox.getJsonNumber("retrying").longValue() < 2 && System.currentTimeMillis() < deadline);
            assertTrue(outbox.getJsonNumber("retrying").longValue() >= 2, outbox::toString);
        } finally {
            Mailboxes.startServer();
        }
        Mailboxes.Mail mail = Mailboxes.await(staffAddress, m -> m.body().contains(first), 90);
        assertTrue(mail.subject().startsWith("[Kyodo Network]"), "in the language the person chose: " + mail.subject());
        Mailboxes.await(staffAddress, m -> m.body().contains(second), 90);
        Mailboxes.sleep(12_000); // longer than a poll and a retry: a second copy would have come
        assertEquals(1, Mailboxes.count(staffAddress, m -> m.body().contains(first)));
        assertEquals(1, Mailboxes.count(staffAddress, m -> m.body().contains(second)));
        choose(bStaff, "IMMEDIATE", "ja");
    }

    @Test
    void aRegistrantIsConfirmedCancelsByTheLinkAndTheFirstWaitingMovesUpAndIsTold() {
        JsonObject programme = Programmes.recruiting(aStaff, "メールの講座 " + UUID.randomUUID(), 2026, Programmes.inDays(3), 1);
        String first = Programmes.freshAddress("first");
        String waiting = Programmes.freshAddress("waiting");
        Api.Reply placed = Programmes.registerPublicly(A, programme, "申込 一郎", first);
        assertEquals(201, placed.status(), placed::toString);
        String receipt = placed.json().getString("receipt");
        assertEquals(201, Programmes.registerPublicly(A, programme, "待機 二郎", waiting).status());
        // one registration per contact and session (spaces and case do not make another contact)
        Api.Reply again = Programmes.registerPublicly(A, programme, "申込 一郎", " " + first.toUpperCase() + " ");
        assertEquals(409, again.status(), again::toString);

        Mailboxes.Mail confirmation = Mailboxes.await(first, m -> m.subject().contains("受け付けました"), 30);
        assertTrue(confirmation.body().contains("受付番号: " + receipt), confirmation.body());
        assertTrue(confirmation.body().contains(Programmes.inDays(3).getDayOfMonth() + "日（"), confirmation.body());
        Mailboxes.Mail queued = Mailboxes.await(waiting, m -> m.subject().contains("キャンセル待ち"), 30);
        assertTrue(queued.body().contains("1番目"), queued.body());

        // the registrant cancels through the link in the mail
        Matcher link = TOKEN.matcher(confirmation.body());
        assertTrue(link.find(), confirmation.body());
        String token = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        JsonObject own = Api.get("/public/registrations/" + token, null).json();
        assertEquals("REGISTERED", own.getString("status"));
        assertTrue(own.getBoolean("canCancel"));
        assertFalse(own.toString().contains("申込 一郎"), "the page by the link names no one");
        Api.Reply cancelled = Api.post("/public/registrations/" + token + "/cancel", null, "");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(409, Api.post("/public/registrations/" + token + "/cancel", null, "").status());

        // the first waiting moves up and is told
        Mailboxes.await(waiting, m -> m.subject().contains("繰り上がりました"), 30);
        String session = programme.getJsonArray("sessions").getJsonObject(0).getString("id");
        JsonObject moved = Api.get("/programmes/sessions/" + session + "/registrations", aStaff).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("contact").equals(waiting)).findFirst().orElseThrow();
        assertEquals("REGISTERED", moved.getString("status"));
        // before the session nobody answers the survey
        Api.Reply early = Api.post("/public/surveys/" + moved.getString("surveyToken"), null,
                "{\"satisfaction\":5,\"understandingImproved\":true,\"motivationImproved\":true}");
        assertEquals(409, early.status(), early::toString);
        // the cancelled person's contact may register again
        assertEquals(201, Programmes.registerPublicly(A, programme, "申込 一郎", first).status());
        assertEquals(404, Api.get("/public/registrations/" + A + "." + "0".repeat(32), null).status());
    }

    @Test
    void theSurveyLinkGoesToThosePresentOnceTheSessionIsOverAndOnlyTheyMayAnswer() {
        JsonObject programme = Programmes.recruiting(aStaff, "終わった講座 " + UUID.randomUUID(), 2026,
                Programmes.inDays(0), "00:00", "00:01", 5);
        String present = Programmes.freshAddress("present");
        String absent = Programmes.freshAddress("absent");
        String presentToken = Programmes.registerPublicly(A, programme, "出席 三子", present).json().getString("surveyToken");
        String absentToken = Programmes.registerPublicly(A, programme, "欠席 四郎", absent).json().getString("surveyToken");
        Programmes.present(aStaff, programme, present);

        Mailboxes.Mail survey = Mailboxes.await(present, m -> m.subject().contains("アンケート"), 30);
        assertTrue(survey.body().contains("survey.html?token="), survey.body());
        String answer = "{\"satisfaction\":4,\"understandingImproved\":true,\"motivationImproved\":true}";
        Api.Reply refused = Api.post("/public/surveys/" + absentToken, null, answer);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.body().contains("出席"), refused.body());
        assertEquals(204, Api.post("/public/surveys/" + presentToken, null, answer).status());
        // marking attendance again sends no second link; the absent person got none
        Programmes.present(aStaff, programme, present);
        Mailboxes.sleep(3000);
        assertEquals(1, Mailboxes.count(present, m -> m.subject().contains("アンケート")));
        assertEquals(0, Mailboxes.count(absent, m -> m.subject().contains("アンケート")));
    }

    @Test
    void tomorrowsRegistrantsAreRemindedOnce() {
        JsonObject programme = Programmes.recruiting(aStaff, "明日の講座 " + UUID.randomUUID(), 2026, Programmes.inDays(1), 5);
        String person = Programmes.freshAddress("tomorrow");
        assertEquals(201, Programmes.registerPublicly(A, programme, "明日 五郎", person).status());
        assertEquals(403, Api.post("/platform/mail/reminders", aStaff, "").status(), "an operator's work");
        Api.Reply run = Api.post("/platform/mail/reminders", admin, "");
        assertEquals(200, run.status(), run::toString);
        Mailboxes.Mail reminder = Mailboxes.await(person, m -> m.subject().contains("明日の開催"), 30);
        assertTrue(reminder.body().contains("registration.html?token="), reminder.body());
        Api.post("/platform/mail/reminders", admin, "");
        Mailboxes.sleep(3000);
        assertEquals(1, Mailboxes.count(person, m -> m.subject().contains("明日の開催")));
    }

    @Test
    void aPersonChoosesHowTheyGetMailAndBadChoicesAreNamed() {
        Staff.signIn(bStaff);
        JsonObject mine = Api.get("/me/notifications", bStaff).json();
        assertEquals(Mailboxes.address(Tokens.subject(B, "centre-staff")), mine.getString("email"));
        Api.Reply bad = Api.put("/me/notifications", bStaff, "{\"delivery\":\"WEEKLY\",\"language\":\"fr\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("受け取り方") && bad.body().contains("言語"), bad.body());
        assertEquals(400, Api.put("/me/notifications", bStaff, "{\"delivery\":\"NONE\",\"language\":\"ja\",\"x\":1}").status());
        assertEquals("IMMEDIATE", Api.get("/me/notifications", bStaff).json().getString("delivery"), "nothing changed");
        assertEquals(403, Api.get("/me/notifications", Tokens.of("city", "hq-analyst")).status());
    }

    private static void choose(String token, String delivery, String language) {
        Staff.signIn(token);
        Api.Reply chosen = Api.put("/me/notifications", token,
                "{\"delivery\":\"" + delivery + "\",\"language\":\"" + language + "\"}");
        assertEquals(200, chosen.status(), chosen::toString);
    }

    private static boolean inboxHas(String token, String recordId) {
        return Api.get("/inbox", token).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getString("recordId").equals(recordId));
    }
}
