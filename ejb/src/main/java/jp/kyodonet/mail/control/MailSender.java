package jp.kyodonet.mail.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: right after the transaction that queued a mail commits, and every five seconds on every
 * server (mails whose first attempt failed, mails of a server that stopped). A row is claimed before it is sent, so two
 * servers never send the same row; a failure leaves it due again after a growing pause (and once a send succeeds
 * again, everything waiting is due at once); an address the mail server refuses for good is given up and kept with
 * the reason.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    /** The last attempt of this server failed for a reason that may pass (the mail server was down, say). */
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** A mail was queued by a transaction that has committed: send now, not at the next poll. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        kick();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        kick();
    }

    /** Starts a round of sending unless one runs on this server; a round that runs looks again when it ends. */
    public void kick() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::rounds);
            } catch (RuntimeException refused) {
                running.set(false);
                LOG.log(Level.WARNING, "mail: could not start a sending round", refused);
            }
        }
    }

    private void rounds() {
        try {
            while (again.getAndSet(false)) {
                List<String> due = outbox.due(50);
                for (String id : due) {
                    outbox.claim(id).ifPresent(this::send);
                }
                if (due.size() == 50) {
                    again.set(true);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail: a sending round stopped", e);
        } finally {
            running.set(false);
        }
    }

    private void send(Outbox.Mail mail) {
        try {
            MimeMessage message = new MimeMessage(settings.session()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", mail.messageId());
                }
            };
            message.setFrom(new InternetAddress(settings.from(), false));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            outbox.sent(mail.id());
            if (failing.getAndSet(false)) {
                // the mail server takes mail again: what waits for its next try goes now, not after its pause
                int due = outbox.retryNow();
                again.set(true);
                LOG.info(() -> "mail: the mail server takes mail again; " + due + " waiting mails are due now");
            }
        } catch (SendFailedException refused) {
            // the server refused the address itself (no such mailbox, not a valid address): trying again cannot help
            boolean permanent = refused.getValidSentAddresses() == null && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0;
            failed(mail, refused, permanent);
        } catch (MessagingException | RuntimeException e) {
            failed(mail, e, e instanceof jakarta.mail.internet.AddressException);
        }
    }

    private void failed(Outbox.Mail mail, Exception e, boolean permanent) {
        if (!permanent) {
            failing.set(true);
        }
        long pause = settings.retryAfterSeconds(mail.attempts() + 1);
        outbox.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), permanent, pause);
        LOG.info(() -> "mail " + mail.id() + ": attempt " + (mail.attempts() + 1) + " failed ("
                + e.getMessage() + ")" + (permanent ? ", given up" : ", again in " + pause + " s"));
    }
}
