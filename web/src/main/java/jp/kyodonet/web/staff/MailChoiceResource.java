package jp.kyodonet.web.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.staff.boundary.StaffDirectory;
import jp.kyodonet.web.platform.JsonFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** 通知設定: how the signed-in person gets mail of what arrives for them (at once, a morning digest, none). */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Tag(name = "staff", description = "職員名簿 (the centre's staff directory)")
public class MailChoiceResource {

    @Inject
    StaffDirectory directory;

    @jakarta.inject.Inject
    jp.kyodonet.web.tenancy.SignedIn signedIn;

    @GET
    @Operation(summary = "My mail: the address my sign-in gave, IMMEDIATE / DIGEST (08:30 Japan time) / NONE, ja or en")
    public StaffDirectory.MailChoice read() {
        signedIn.record();
        return directory.mailChoice();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose how I get mail (delivery IMMEDIATE, DIGEST or NONE; language ja or en)")
    public StaffDirectory.MailChoice choose(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        String delivery = fields.text("delivery");
        String language = fields.text("language");
        fields.done(Set.of("delivery", "language"), List.of());
        return directory.chooseMail(delivery, language);
    }
}
