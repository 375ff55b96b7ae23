package jp.kyodonet.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.platform.tenancy.TenantDirectory;

import java.util.List;

/** One person's digest, in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestStep {

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTexts texts;

    @Inject
    TenantDirectory tenants;

    @SuppressWarnings("unchecked")
    public boolean digest(String tenant, String staffId) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, page, record_id, title_ja, title_en FROM"
                + " staff_notification WHERE tenant_id = ?1 AND staff_id = ?2 AND delivery = 'DIGEST'"
                + " AND mail_id IS NULL ORDER BY created_at FOR UPDATE")
                .setParameter(1, tenant).setParameter(2, staffId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        List<Object[]> person = em.createNativeQuery("SELECT name, email, mail_language FROM staff_member"
                + " WHERE tenant_id = ?1 AND id = ?2").setParameter(1, tenant).setParameter(2, staffId).getResultList();
        String mailId = null;
        if (!person.isEmpty() && person.get(0)[1] != null) {
            Object[] p = person.get(0);
            List<MailTexts.Line> lines = rows.stream().map(r -> new MailTexts.Line(Notices.Kind.valueOf((String) r[1]),
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
            MailTexts.Mail mail = texts.digest((String) p[2], (String) p[0], tenants.find(tenant).orElseThrow(), lines);
            mailId = outbox.queue(tenant, "DIGEST", (String) p[1], mail.subject(), mail.body());
        }
        // a person without an address now: the notices are done with all the same (the inbox still has the work)
        String done = mailId == null ? "none" : mailId;
        for (Object[] r : rows) {
            em.createNativeQuery("UPDATE staff_notification SET mail_id = ?2 WHERE id = ?1")
                    .setParameter(1, r[0]).setParameter(2, done).executeUpdate();
        }
        return mailId != null;
    }
}
