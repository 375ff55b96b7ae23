package jp.kyodonet.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.kyodonet.mail.control.MailDigest;
import jp.kyodonet.mail.control.MailSender;
import jp.kyodonet.mail.control.Outbox;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.programme.control.ProgrammeMails;
import jp.kyodonet.tenants.Tenant;

/**
 * PLATFORM scope, for the operator (platform-admin): the outbox's state (no addresses, no contents), and the timed
 * mail work run now rather than at its time (after an outage of the whole group across 08:30, say): the daily digest,
 * tomorrow's reminders. Running them twice sends nothing twice: each notice and registration is mailed once.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOperations {

    /** What a run queued. */
    public record Run(String job, int mails) {
    }

    @Inject
    Outbox outbox;

    @Inject
    MailDigest digest;

    @Inject
    ProgrammeMails programmeMails;

    @Inject
    MailSender sender;

    @Inject
    SystemTasks tasks;

    @Inject
    TenantDirectory tenants;

    @jakarta.annotation.Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    public Outbox.State state() {
        return outbox.state();
    }

    public Run digestNow() {
        int mails = digest.run();
        sender.kick();
        return new Run("digest", mails);
    }

    /** Each centre's reminders, as system work outside the operator's request (which acts for its own centre). */
    public Run remindersNow() {
        try {
            int mails = executor.submit(() -> {
                int queued = 0;
                for (Tenant centre : tenants.active()) {
                    queued += tasks.asTenant(centre.id(), programmeMails::remindTomorrow);
                }
                return queued;
            }).get();
            sender.kick();
            return new Run("reminders", mails);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
