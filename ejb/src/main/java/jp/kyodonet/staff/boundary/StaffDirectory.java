package jp.kyodonet.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.staff.entity.StaffMember;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The centre's staff directory: filled when people sign in ({@link #seen}), read by the centre's people (e-mail
 * addresses are personal data: every read is audit-logged), kept by its managers (who is active), and the only source
 * of assignees.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST, Roles.PLATFORM_ADMIN})
public class StaffDirectory {

    static final String RECORD_TYPE = "staff-directory";

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /**
     * The signed-in person, as their token describes them, in their centre's directory (added the first time, brought
     * up to date after). Its own transaction: a first sign-in racing another one of the same person leaves one record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seen(String subject, String name, String email, List<String> roles) {
        String centre = tenant.get().orElseThrow().value();
        StaffMember member = em.find(StaffMember.class, StaffMember.idOf(centre, subject).toString());
        if (member == null) {
            em.persist(new StaffMember(centre, subject, name, email, roles, clock.now()));
        } else {
            member.seen(name, email, roles, clock.now());
        }
    }

    /** The centre's directory, active people first, by name; {@code activeOnly}: those who may be assigned. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public List<StaffView> list(boolean activeOnly) {
        List<StaffView> people = em.createQuery("SELECT m FROM StaffMember m"
                        + (activeOnly ? " WHERE m.active = TRUE" : "") + " ORDER BY m.active DESC, m.name, m.subject", StaffMember.class)
                .getResultList().stream().map(StaffView::of).toList();
        // the directory as a whole is the record read (its id follows from the centre)
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, directoryId());
        return people;
    }

    /** A manager takes a person off the centre's list (they left) or back on. */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public StaffView setActive(UUID id, long version, boolean active) {
        StaffMember member = Optional.ofNullable(em.find(StaffMember.class, id.toString()))
                .orElseThrow(() -> DomainException.notFound("職員", "Staff member"));
        if (!member.isAtVersion(version)) {
            throw DomainException.staleVersion();
        }
        member.setActive(active, user.signature());
        em.flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, member.id());
        return StaffView.of(member);
    }

    /** The signed-in person's mail: the address their sign-in gave, how they get mail, in which language. */
    public record MailChoice(String email, String delivery, String language) {
    }

    /** The signed-in person's choice of mail (they must have opened the portal once: their record is made then). */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public MailChoice mailChoice() {
        StaffMember me = signedIn();
        return new MailChoice(me.email(), me.mailDelivery(), me.mailLanguage());
    }

    /** Sets how the signed-in person gets mail: IMMEDIATE, DIGEST or NONE; ja or en. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public MailChoice chooseMail(String delivery, String language) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (delivery == null || !List.of("IMMEDIATE", "DIGEST", "NONE").contains(delivery)) {
            errors.add(new FieldError("delivery", new Message("受け取り方は「すぐに」「毎朝のまとめ」「受け取らない」から選んでください",
                    "delivery must be IMMEDIATE, DIGEST or NONE")));
        }
        if (language == null || !List.of("ja", "en").contains(language)) {
            errors.add(new FieldError("language", new Message("メールの言語は日本語か英語を選んでください",
                    "language must be ja or en")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        StaffMember me = signedIn();
        me.chooseMail(delivery, language);
        em.flush();
        return new MailChoice(me.email(), me.mailDelivery(), me.mailLanguage());
    }

    /** The signed-in person's record in their centre's directory, or 404 (made when they open the portal). */
    public StaffMember signedIn() {
        String centre = tenant.get().orElseThrow().value();
        return Optional.ofNullable(em.find(StaffMember.class, StaffMember.idOf(centre, user.subject()).toString()))
                .orElseThrow(() -> DomainException.notFound("職員", "Staff member"));
    }

    private UUID directoryId() {
        return UUID.nameUUIDFromBytes((RECORD_TYPE + ":" + tenant.get().orElseThrow().value())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The active person of this centre with {@code subject}, for an assignment; refused, naming the field, when there
     * is none.
     */
    public StaffMember assignee(String subject) {
        return colleague(subject, "assigneeSubject");
    }

    /**
     * The active person of this centre with {@code subject} (an assignee, a colleague mentioned in a comment);
     * refused, naming {@code field}, when there is none.
     */
    public StaffMember colleague(String subject, String field) {
        String centre = tenant.get().orElseThrow().value();
        StaffMember member = subject == null ? null : em.find(StaffMember.class, StaffMember.idOf(centre, subject).toString());
        if (member == null || !member.active()) {
            throw DomainException.invalidInput(List.of(new FieldError(field, new Message(
                    "このセンターの職員名簿（在籍中の人）から選んでください",
                    "Choose from this centre's staff directory (people still working here)"))));
        }
        return member;
    }
}
