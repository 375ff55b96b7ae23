package jp.kyodonet.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.staff.boundary.StaffDirectory;
import jp.kyodonet.web.platform.SecurityFilter;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person in their centre's staff directory: added the first time, brought up to date after (name,
 * e-mail and roles as the token says). An officer of a ward office or a bureau works for the city government, not for
 * the centre, and stays out of it. Done by GET /me (the portal's first call) and by the person's own settings.
 */
@RequestScoped
public class SignedIn {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SignedIn.class.getName());

    @Inject
    JsonWebToken token;

    @Inject
    StaffDirectory staff;

    public String name() {
        return SecurityFilter.personName(token);
    }

    public String email() {
        return SecurityFilter.text(token.getClaim("email"));
    }

    public List<String> roles() {
        Set<String> groups = token.getGroups();
        return Roles.ALL.stream().filter(groups::contains).toList();
    }

    /** Records the person in the directory (not an officer). */
    public void record() {
        List<String> roles = roles();
        boolean officerOnly = roles.stream().allMatch(r -> Roles.WARD_OFFICER.equals(r) || Roles.BUREAU_OFFICER.equals(r));
        if (officerOnly) {
            return;
        }
        try {
            staff.seen(token.getSubject(), name(), email(), roles);
        } catch (RuntimeException e) {
            // a first sign-in racing another of the same person: the other one wrote the entry
            LOG.fine(() -> "staff directory not updated for " + token.getSubject() + ": " + e);
        }
    }
}
