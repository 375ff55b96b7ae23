package jp.kyodonet.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.platform.time.MinuteDue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily digest: at {@code kyodo.mail.digest-at} (Japan time, default 08:30), once for the deployment group (the
 * persistent minute timer), every person with notices gathered for the digest gets one mail of what arrived since
 * their last digest. Each person's digest is one transaction that locks their gathered notices, so two runs at once
 * (an operator's and the timer's) make one mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDigest {

    private static final Logger LOG = Logger.getLogger(MailDigest.class.getName());

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "kyodo.mail.digest-at", defaultValue = "08:30")
    Provider<String> digestAt;

    @Inject
    DigestStep step;

    public void minute(@Observes MinuteDue due) {
        if (due.japan().toLocalTime().equals(LocalTime.parse(digestAt.get()))) {
            int mails = run();
            LOG.info(() -> "mail: the daily digest queued " + mails + " mails");
        }
    }

    /** Queues every waiting digest now; returns how many mails. */
    @SuppressWarnings("unchecked")
    public int run() {
        List<Object[]> people = em.createNativeQuery("SELECT DISTINCT tenant_id, staff_id FROM staff_notification"
                + " WHERE delivery = 'DIGEST' AND mail_id IS NULL").getResultList();
        int mails = 0;
        for (Object[] person : people) {
            if (step.digest((String) person[0], (String) person[1])) {
                mails++;
            }
        }
        return mails;
    }
}
