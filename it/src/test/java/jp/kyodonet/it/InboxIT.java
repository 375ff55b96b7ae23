package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My inbox (issue 20, part 1): what waits for me and my centre, computed from the records; an item goes when its
 * record moves on, and another centre's work never shows.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final String A = "konan";
    private static final String B = "isogo";
    private final String aStaff = Tokens.of(A, "centre-staff");
    private final String bStaff = Tokens.of(B, "centre-staff");
    private final String bManager = Tokens.of(B, "centre-manager");

    @Test
    void aReferralWaitsInTheReceivingCentresInboxUntilItIsAcceptedAndNeverInAnotherCentres() {
        String summary = "受信箱の紹介 " + UUID.randomUUID();
        String consultation = Api.post("/consultations", aStaff, Consultations.intake(summary)).json().getString("id");
        String referral = Referrals.send(aStaff, consultation, B, false).getString("id");

        JsonObject item = item(bStaff, "REFERRAL_TO_ANSWER", referral);
        assertEquals("referrals", item.getString("page"));
        assertFalse(item.getBoolean("mine"), "a referral is the centre's, not one person's");
        assertTrue(item.getJsonObject("reason").getString("ja").contains("紹介"), item::toString);
        assertTrue(item.containsKey("since"));
        assertFalse(Api.get("/inbox", aStaff).body().contains(referral), "the sending centre has nothing to answer");
        assertFalse(Api.get("/inbox", Tokens.of("seya", "centre-staff")).body().contains(referral), "nor a third centre");

        assertEquals(200, Api.post("/referrals/" + referral + "/accept", bStaff, "").status());
        assertFalse(Api.get("/inbox", bStaff).body().contains(referral), "answered: it is gone");
    }

    @Test
    void anAssignedConsultationIsMineAFollowUpDueIsTheCentresAndBothGoWhenClosed() {
        String summary = "受信箱の相談 " + UUID.randomUUID();
        String id = Api.post("/consultations", bStaff, Consultations.intake(summary)).json().getString("id");
        assertEquals(200, Api.post("/consultations/" + id + "/assignment", bManager, Staff.assignment(B),
                "If-Match", "\"1\"").status());
        JsonObject assigned = item(bStaff, "CONSULTATION_ASSIGNED", id);
        assertTrue(assigned.getBoolean("mine"));
        assertTrue(assigned.getString("title").startsWith("受信箱の相談"), assigned::toString);
        assertFalse(Api.get("/inbox", bManager).body().contains(id), "not the manager's: assigned to the staff member");
        JsonObject counts = count(bStaff, "CONSULTATION_ASSIGNED");
        assertTrue(counts.getInt("mine") >= 1 && counts.getInt("centre") >= counts.getInt("mine"), counts::toString);

        // a follow-up due today is the centre's too (the manager sees it)
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        Api.Reply working = Api.post("/consultations/" + id + "/work", bStaff, "{\"experts\":\"税理士\"}", "If-Match", "\"2\"");
        assertEquals(200, working.status(), working::toString);
        Api.Reply followUp = Api.post("/consultations/" + id + "/follow-up", bStaff, "{\"nextActionOn\":\"" + today + "\"}",
                "If-Match", "\"3\"");
        assertEquals(200, followUp.status(), followUp::toString);
        assertEquals("FOLLOW_UP_DUE", item(bManager, "FOLLOW_UP_DUE", id).getString("kind"));
        assertTrue(item(bStaff, "FOLLOW_UP_DUE", id).getBoolean("mine"), "still the assignee's own");

        Api.Reply closed = Api.post("/consultations/" + id + "/close", bStaff,
                "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + today + "\"}", "If-Match", "\"4\"");
        assertEquals(200, closed.status(), closed::toString);
        assertFalse(Api.get("/inbox", bStaff).body().contains(id), "closed: nothing waits");
        assertFalse(Api.get("/inbox", aStaff).body().contains(id), "never in another centre's inbox");
    }

    @Test
    void aBookingRequestWaitsForApprovalUntilDecided() {
        String room = Bookings.createSpace(bManager, Bookings.room("受信箱の承認室 " + UUID.randomUUID(),
                b -> b.add("approvalRequired", true))).getString("id");
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(3);
        Api.Reply requested = Api.post("/bookings", bStaff, Bookings.internal(room, day, "10:00", "11:00", b -> { }));
        assertEquals(201, requested.status(), requested::toString);
        String booking = requested.json().getJsonArray("bookings").getJsonObject(0).getString("id");
        assertEquals("bookings", item(bManager, "BOOKING_TO_APPROVE", booking).getString("page"));
        assertEquals(200, Api.post("/bookings/" + booking + "/decline", bManager, "{\"reason\":\"受信箱の確認\"}",
                "If-Match", "\"1\"").status());
        assertFalse(Api.get("/inbox", bManager).body().contains(booking), "decided: gone");
    }

    @Test
    void officersAndHqGetTheCityGovernmentsWorkNotTheCentresAndTheAnonymousNothing() {
        assertEquals(401, Api.get("/inbox", null).status());
        java.util.Set<String> government = java.util.Set.of("SURVEY_TO_ANSWER", "SURVEY_ANSWERS_AWAITED",
                "EVALUATION_CITY_TO_FILL");
        for (String token : List.of(Tokens.of("city", "hq-analyst"), Tokens.of(B, "ward-officer"))) {
            Api.Reply inbox = Api.get("/inbox", token);
            assertEquals(200, inbox.status(), inbox::toString);
            inbox.json().getJsonArray("counts").forEach(c -> assertTrue(
                    government.contains(c.asJsonObject().getString("kind")), c::toString));
        }
        assertEquals(403, Api.get("/inbox", Tokens.of("city", "platform-admin")).status());
    }

    @Test
    void theCityGovernmentsPeopleFindTheirPartOfTheSurveyAndTheDivisionTheOfficesStillToAnswer() {
        long awaitedBefore = count(Surveys.DIVISION, "SURVEY_ANSWERS_AWAITED").getInt("centre");
        JsonObject survey = Surveys.open();
        String surveyId = survey.getString("id");
        // a bureau of its own, so that its officer's inbox holds this survey's part alone
        String bureau = "受信箱テスト局 " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply added = Api.post("/collaboration/surveys/" + surveyId + "/offices", Surveys.DIVISION,
                "{\"bureau\":\"" + bureau + "\"}");
        assertEquals(200, added.status(), added::toString);
        String office = Tokens.with("city", "bureau-officer", c -> c.add("bureau", bureau).add("division", "総務課"));
        JsonObject answer = Surveys.answerOf(surveyId, office);
        String answerId = answer.getString("id");

        JsonObject mine = item(office, "SURVEY_TO_ANSWER", answerId);
        assertEquals("surveys", mine.getString("page"));
        assertTrue(mine.getBoolean("mine"), "the office's own part");
        assertEquals(1, count(office, "SURVEY_TO_ANSWER").getInt("mine"));
        assertFalse(Api.get("/inbox", Tokens.with("city", "bureau-officer", c -> c.add("bureau", "別の局")
                .add("division", "総務課"))).body().contains(answerId), "another bureau never sees it");
        assertFalse(Api.get("/inbox", Tokens.of("city", "centre-staff")).body().contains(answerId),
                "the city centre does not answer for the bureau");
        assertEquals(awaitedBefore + 1, count(Surveys.DIVISION, "SURVEY_ANSWERS_AWAITED").getInt("centre"),
                "the division sees the new survey waiting for answers");

        // the office submits: its item goes
        Surveys.submit(office, answer);
        assertFalse(Api.get("/inbox", office).body().contains(answerId));
    }

    private static JsonObject item(String token, String kind, String recordId) {
        Api.Reply inbox = Api.get("/inbox", token);
        assertEquals(200, inbox.status(), inbox::toString);
        return inbox.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("kind").equals(kind) && i.getString("recordId").equals(recordId)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + recordId + " not in " + inbox.body()));
    }

    private static JsonObject count(String token, String kind) {
        return Api.get("/inbox", token).json().getJsonArray("counts").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals(kind)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("kind", kind).add("mine", 0).add("centre", 0).build());
    }
}
