package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint against every role: no token 401, a role that may not 403, a role that may its success
 * status. Ward roles act for aoba, city roles for city; each case works on a record of its own centre (a
 * referral: one konan sent to the centre, or one the centre sent to konan).
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String NONE = Endpoints.NONE;
    private static final List<String> ROLES = Endpoints.ROLES;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.ENDPOINTS) {
            for (String role : ROLES) {
                cases.add(Arguments.of(endpoint.name(), role, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleMatrix(String name, String role, Endpoints.Endpoint endpoint) {
        check(name, role, endpoint, IsolationAtScaleIT.TEST_ISSUER);
    }

    /** The same matrix with the tokens Keycloak issues to the realm's demo people (aoba-staff, city-analyst, …). */
    @ParameterizedTest(name = "{0} as {1}, Keycloak")
    @MethodSource("matrix")
    void roleMatrixWithKeycloakTokens(String name, String role, Endpoints.Endpoint endpoint) {
        check(name, role, endpoint, IsolationAtScaleIT.KEYCLOAK);
    }

    private static void check(String name, String role, Endpoints.Endpoint endpoint, String issuer) {
        String token = NONE.equals(role) ? null : IsolationAtScaleIT.token(issuer, Endpoints.CENTRE_OF_ROLE.get(role), role);
        String id = Endpoints.prepare(NONE.equals(role) ? "aoba" : Endpoints.CENTRE_OF_ROLE.get(role), endpoint.stage());
        int expected = endpoint.special().getOrDefault(role,
                endpoint.allowed().contains(role) ? endpoint.success() : NONE.equals(role) ? 401 : 403);
        Api.Reply reply = endpoint.call().apply(token, id);
        assertEquals(expected, reply.status(), () -> name + " as " + role + ": " + reply);
    }

}
