package jp.kyodonet.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What arrives for people of a centre's staff, written in the transaction of the change that causes it: a row per
 * person in {@code staff_notification}, and for those who chose mail at once a mail in the outbox (those who chose the
 * daily digest get it in the next digest; those who chose none get nothing but the inbox). A notice names its kind,
 * the record it opens and a title as the inbox shows it, never a requester's personal data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notices {

    /** What arrived: its kind (for the mail's first line), the portal page and record it opens, and a title. */
    public record Notice(Kind kind, String page, String recordId, Message title) {
    }

    /** The kinds of notice, with what a mail says of each. */
    public enum Kind {
        CONSULTATION_ASSIGNED("相談の担当になりました", "A consultation was assigned to you"),
        REFERRAL_RECEIVED("他のセンターから紹介が届きました", "A referral arrived from another centre"),
        BOOKING_TO_APPROVE("承認を待つ予約申込が届きました", "A booking request waits for approval"),
        ACTION_ITEM("ネットワーク会議で宿題が割り当てられました", "A network meeting gave your centre an action item"),
        MENTIONED("コメントであなたの名前が挙げられました", "A colleague mentioned you in a comment");

        final Message what;

        Kind(String ja, String en) {
            this.what = new Message(ja, en);
        }

        public Message what() {
            return what;
        }
    }

    /** The three choices a person has. */
    public enum Delivery { IMMEDIATE, DIGEST, NONE }

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    MailTexts texts;

    /** To one person of the centre's staff, by the identity provider's subject. */
    public void toPerson(TenantId centre, String subject, Notice notice) {
        deliver(centre, recipients(centre, "subject = ?2", subject), notice);
    }

    /** To every active person of the centre's staff holding one of {@code roles}. */
    public void toCentre(TenantId centre, Set<String> roles, Notice notice) {
        List<Recipient> all = recipients(centre, "1 = 1", null);
        deliver(centre, all.stream().filter(r -> r.roles().stream().anyMatch(roles::contains)).toList(), notice);
    }

    /** A person who may be told: their staff record, address, choice and language. */
    record Recipient(String staffId, String name, String email, Delivery delivery, String language, List<String> roles) {
    }

    @SuppressWarnings("unchecked")
    private List<Recipient> recipients(TenantId centre, String condition, String parameter) {
        var query = em.createNativeQuery("SELECT id, name, email, mail_delivery, mail_language, roles FROM staff_member"
                + " WHERE tenant_id = ?1 AND active = TRUE AND " + condition).setParameter(1, centre.value());
        if (parameter != null) {
            query.setParameter(2, parameter);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2], Delivery.valueOf((String) r[3]),
                        (String) r[4], List.of(((String) r[5]).split(","))))
                .toList();
    }

    private void deliver(TenantId centre, List<Recipient> recipients, Notice notice) {
        Tenant tenant = tenants.find(centre.value()).orElseThrow();
        for (Recipient r : recipients) {
            if (r.delivery() == Delivery.NONE || r.email() == null || r.email().isBlank()) {
                continue;
            }
            String mailId = null;
            if (r.delivery() == Delivery.IMMEDIATE) {
                MailTexts.Mail mail = texts.notice(r.language(), r.name(), tenant, notice);
                mailId = outbox.queue(centre.value(), notice.kind().name(), r.email(), mail.subject(), mail.body());
            }
            em.createNativeQuery("INSERT INTO staff_notification (id, tenant_id, staff_id, kind, page, record_id, title_ja,"
                            + " title_en, delivery, created_at, mail_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                            + " UTC_TIMESTAMP(6), ?10)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, centre.value())
                    .setParameter(3, r.staffId()).setParameter(4, notice.kind().name()).setParameter(5, notice.page())
                    .setParameter(6, notice.recordId()).setParameter(7, cut(notice.title().ja()))
                    .setParameter(8, cut(notice.title().en())).setParameter(9, r.delivery().name())
                    .setParameter(10, mailId).executeUpdate();
        }
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
