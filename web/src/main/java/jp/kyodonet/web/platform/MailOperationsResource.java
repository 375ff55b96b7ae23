package jp.kyodonet.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.mail.boundary.MailOperations;
import jp.kyodonet.mail.control.Outbox;
import jp.kyodonet.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's view of mail: the outbox's counts, and the daily digest or tomorrow's reminders run now. */
@Path("platform/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "platform", description = "運用 (operating the platform)")
public class MailOperationsResource {

    @Inject
    MailOperations operations;

    @GET
    @Path("outbox")
    @Operation(summary = "The outbox: mails waiting, retrying after a failure, sent, given up; the oldest waiting")
    public Outbox.State outbox() {
        return operations.state();
    }

    @POST
    @Path("digest")
    @Operation(summary = "Queue the daily digest now (what each person gathered since their last one)")
    public MailOperations.Run digest() {
        return operations.digestNow();
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Queue tomorrow's reminders to registrants now (each registration is reminded once)")
    public MailOperations.Run reminders() {
        return operations.remindersNow();
    }
}
