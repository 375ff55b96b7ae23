package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint against every role: no token 401, a role that may not 403, a role that may its success
 * status. Ward roles act for aoba, city roles for city; each case works on a record of its own centre.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String NONE = "none";
    private static final List<String> ROLES = List.of(NONE, "centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "platform-admin");

    /** One endpoint: how to call it for a token and a fresh record id of the token's centre, and who may. */
    private record Endpoint(String name, BiFunction<String, String, Api.Reply> call, int success, List<String> allowed) {
    }

    private static final List<String> CONSULTATION_ROLES = List.of("centre-staff", "centre-manager", "network-coordinator");
    private static final List<String> EVERY_ROLE = List.of("centre-staff", "centre-manager", "network-coordinator",
            "hq-analyst", "platform-admin");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /consultations", (t, id) -> Api.get("/consultations", t), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations", (t, id) -> Api.post("/consultations", t, Consultations.intake("権限表")),
                    201, CONSULTATION_ROLES),
            new Endpoint("GET /consultations/{id}", (t, id) -> Api.get("/consultations/" + id, t), 200, CONSULTATION_ROLES),
            new Endpoint("PUT /consultations/{id}", (t, id) -> Api.put("/consultations/" + id, t,
                    Consultations.intake("権限表 更新"), "If-Match", "\"1\""), 200, CONSULTATION_ROLES),
            new Endpoint("POST /consultations/{id}/close", (t, id) -> Api.post("/consultations/" + id + "/close", t,
                    "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + LocalDate.now() + "\"}", "If-Match", "\"1\""),
                    200, CONSULTATION_ROLES),
            new Endpoint("DELETE /consultations/{id}", (t, id) -> Api.delete("/consultations/" + id, t, "If-Match", "\"1\""),
                    204, List.of("centre-manager")),
            new Endpoint("GET /consultations/{id}/audit-trail", (t, id) -> Api.get("/consultations/" + id + "/audit-trail", t),
                    200, List.of("centre-manager")),
            new Endpoint("GET /hq/consultation-figures", (t, id) -> Api.get("/hq/consultation-figures", t), 200,
                    List.of("hq-analyst", "network-coordinator")),
            new Endpoint("GET /me", (t, id) -> Api.get("/me", t), 200, EVERY_ROLE),
            new Endpoint("GET /tenants (public)", (t, id) -> Api.get("/tenants", t), 200,
                    List.of(NONE, "centre-staff", "centre-manager", "network-coordinator", "hq-analyst", "platform-admin")),
            new Endpoint("GET /consultation-vocabulary (public)", (t, id) -> Api.get("/consultation-vocabulary", t), 200,
                    List.of(NONE, "centre-staff", "centre-manager", "network-coordinator", "hq-analyst", "platform-admin")));

    private static final Map<String, String> CENTRE_OF_ROLE = Map.of(
            "centre-staff", "aoba", "centre-manager", "aoba", "network-coordinator", "city", "hq-analyst", "city",
            "platform-admin", "city");

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : ROLES) {
                cases.add(Arguments.of(endpoint.name(), role, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleMatrix(String name, String role, Endpoint endpoint) {
        String token = NONE.equals(role) ? null : Tokens.of(CENTRE_OF_ROLE.get(role), role);
        // a fresh record of the caller's centre (made by its staff), so success means the role, not the data
        String owner = Tokens.of(NONE.equals(role) ? "aoba" : CENTRE_OF_ROLE.get(role),
                NONE.equals(role) || "aoba".equals(CENTRE_OF_ROLE.get(role)) ? "centre-staff" : "network-coordinator");
        String id = Consultations.create(owner, "権限表の対象").getString("id");
        int expected = endpoint.allowed().contains(role) ? endpoint.success() : NONE.equals(role) ? 401 : 403;
        Api.Reply reply = endpoint.call().apply(token, id);
        assertEquals(expected, reply.status(), () -> name + " as " + role + ": " + reply);
    }
}
