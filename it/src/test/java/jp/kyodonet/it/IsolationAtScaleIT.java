package jp.kyodonet.it;

import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Isolation at scale, generated from the endpoint table: for every endpoint that names a centre-owned record
 * (every method), a record of aoba is made, and then every other centre (17 wards and the city), in every role of
 * theirs that may call the endpoint (the ward offices and the city's bureaus among them), tries aoba's id. Every attempt must answer 404 and no table may change
 * (every table's row count and checksum before and after, the KPI facts aside). The one designed exception is
 * HQ's read-only view of the PII-free project catalogue ({@link #hqReadsTheCatalogue}).
 */
@ExtendWith(ArquillianExtension.class)
class IsolationAtScaleIT {

    private static final String VICTIM = "aoba";
    /** The referral stages' other party: konan may see those referrals by design. */
    private static final String COUNTERPARTY = "konan";

    /**
     * Stages whose record is not the centre's alone, left out with the reason: network meetings, materials,
     * action items and support requests are NETWORK scope (every centre takes part); published cases are in the
     * network's case library by design; secret links (survey, proposal status, partner sheet) are capabilities
     * that name no centre; a published evaluation sheet and a catalogue CSV row are public or not records; a survey of
     * 区局 is the city's, sent to every office (each office sees its own answer in it only, tried on the answer stages).
     */
    private static final Set<Endpoints.Stage> SHARED = EnumSet.of(Endpoints.Stage.MEETING, Endpoints.Stage.MATERIALS,
            Endpoints.Stage.ACTION, Endpoints.Stage.SUPPORT, Endpoints.Stage.SUPPORT_ANSWERED,
            Endpoints.Stage.CASE_PUBLISHED, Endpoints.Stage.CASE_PUBLIC, Endpoints.Stage.SURVEY_TOKEN, Endpoints.Stage.REGISTRATION_TOKEN, Endpoints.Stage.FEED_TOKEN,
            Endpoints.Stage.PROPOSAL_TOKEN, Endpoints.Stage.PARTNER_TOKEN, Endpoints.Stage.PARTNER_FILLED,
            Endpoints.Stage.PARTNER_TOKEN_COMPLETED,
            Endpoints.Stage.PUBLISHED_SHEET, Endpoints.Stage.CATALOGUE_ROW, Endpoints.Stage.SURVEY);

    private static final Set<Endpoints.Stage> SURVEY_ANSWERS = EnumSet.of(Endpoints.Stage.SURVEY_ANSWER,
            Endpoints.Stage.SURVEY_ROW, Endpoints.Stage.SURVEY_SUBMITTED, Endpoints.Stage.SURVEY_CLOSED_ROW);

    static final String TEST_ISSUER = "the test issuer";
    static final String KEYCLOAK = "Keycloak";

    static String token(String issuer, String centre, String role) {
        return KEYCLOAK.equals(issuer) ? Keycloak.token(centre, role) : Tokens.of(centre, role);
    }

    private static final List<String> WARD_ROLES = List.of("centre-staff", "centre-manager", "ward-officer");
    private static final List<String> CITY_ROLES = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "bureau-officer");

    /** Both token sources: the test issuer's tokens, and the tokens Keycloak issues to the realm's demo people. */
    @ParameterizedTest(name = "tokens of {0}")
    @ValueSource(strings = {TEST_ISSUER, KEYCLOAK})
    void everyOtherCentreTriesAobasRecordsOnEveryEndpointAndGets404WithNothingChanged(String issuer) {
        List<String> others = new ArrayList<>();
        for (JsonValue tenant : Api.get("/tenants", null).jsonArray()) {
            String id = tenant.asJsonObject().getString("id");
            if (!VICTIM.equals(id)) {
                others.add(id);
            }
        }
        assertEquals(18, others.size(), "17 other wards and the city: " + others);

        int attempts = 0;
        int endpoints = 0;
        List<String> failures = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.ENDPOINTS) {
            boolean namesARecord = endpoint.name().contains("{id}") || endpoint.stage() == Endpoints.Stage.PUBLIC_PROGRAMME;
            if (!namesARecord || SHARED.contains(endpoint.stage())) {
                continue;
            }
            String victimId = Endpoints.prepare(VICTIM, endpoint.stage());
            Map<String, String> before = Database.fingerprint();
            endpoints++;
            for (String centre : others) {
                boolean referral = endpoint.stage() == Endpoints.Stage.REFERRED_HERE
                        || endpoint.stage() == Endpoints.Stage.REFERRED_AWAY;
                if (referral && COUNTERPARTY.equals(centre)) {
                    continue;
                }
                for (String role : rolesOf(endpoint, centre)) {
                    String token = role == null ? null : token(issuer, centre, role);
                    String id = endpoint.stage() == Endpoints.Stage.PUBLIC_PROGRAMME
                            ? centre + victimId.substring(VICTIM.length()) : victimId;
                    Api.Reply reply = endpoint.call().apply(token, id);
                    attempts++;
                    if (hqReadsTheCatalogue(endpoint, centre, role)) {
                        if (reply.status() != 200 || reply.body().contains("\"managed\":true")) {
                            failures.add(endpoint.name() + " by HQ: read-only expected, got " + reply);
                        }
                    } else if (reply.status() != 404) {
                        failures.add(endpoint.name() + " by " + centre + "/" + role + ": " + reply.status() + " "
                                + reply.body().substring(0, Math.min(200, reply.body().length())));
                    }
                }
            }
            Map<String, String> after = Database.fingerprint();
            if (!before.equals(after)) {
                failures.add(endpoint.name() + " changed tables: " + difference(before, after));
            }
        }
        // a centre's KPI targets and dashboard are named by the centre's id: HQ may, another ward may not
        int year = Collaborations.unusedFiscalYear();
        Map<String, String> before = Database.fingerprint();
        for (String centre : others) {
            if ("city".equals(centre)) {
                continue;
            }
            String manager = token(issuer, centre, "centre-manager");
            for (Api.Reply reply : List.of(
                    Api.put("/kpi/targets/" + VICTIM + "/" + year + "/consultations.received", manager, "{\"value\":100}"),
                    Api.get("/kpi/targets?centre=" + VICTIM + "&fiscalYear=" + year, manager),
                    Api.get("/kpi/dashboard?centre=" + VICTIM, manager))) {
                attempts++;
                if (reply.status() != 404) {
                    failures.add("KPI of " + VICTIM + " by " + centre + ": " + reply);
                }
            }
        }
        if (!before.equals(Database.fingerprint())) {
            failures.add("KPI attempts changed tables: " + difference(before, Database.fingerprint()));
        }
        System.out.printf("isolation at scale (" + issuer + "): %d endpoints, %d cross-centre attempts, %d failures%n", endpoints,
                attempts, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " leaks or changes:\n" + String.join("\n", failures));
        assertTrue(attempts >= 3835, "every other centre in every role that may call, made " + attempts);
        assertTrue(endpoints >= 110, "every centre-owned endpoint of the table (110 in it), found " + endpoints);
    }

    /**
     * The project catalogue, its contracts and evaluation sheets hold no personal data and are read city-wide by
     * HQ, read-only (DESIGN: HQ sees the catalogue; issue 6): HQ's analyst reads aoba's, never as its manager.
     */
    private static boolean hqReadsTheCatalogue(Endpoints.Endpoint endpoint, String centre, String role) {
        return "city".equals(centre) && "hq-analyst".equals(role) && endpoint.name().startsWith("GET /collaboration/")
                && EnumSet.of(Endpoints.Stage.PROJECT, Endpoints.Stage.CONTRACT_DRAFT, Endpoints.Stage.CONTRACT_ACTIVE,
                        Endpoints.Stage.CONTRACT_ENDED, Endpoints.Stage.SHEET, Endpoints.Stage.SHEET_CITY_FILLED,
                        Endpoints.Stage.SHEET_COMPLETED).contains(endpoint.stage());
    }

    /** The roles of {@code centre} that may call the endpoint (null: no token, for the public pages). */
    private static List<String> rolesOf(Endpoints.Endpoint endpoint, String centre) {
        if (endpoint.allowed().contains(Endpoints.NONE)) {
            return java.util.Collections.singletonList(null);
        }
        List<String> candidates = "city".equals(centre) ? CITY_ROLES : WARD_ROLES;
        return candidates.stream().filter(endpoint.allowed()::contains)
                // by design the city's division runs the survey for every office (SurveyIT shows it); every other office's
                // officer is tried
                .filter(role -> !("hq-analyst".equals(role) && SURVEY_ANSWERS.contains(endpoint.stage()))).toList();
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " → " + after.get(table));
            }
        }
        return String.join("; ", changed);
    }
}
