package jp.kyodonet.attachment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.attachment.control.RecordAccess;
import jp.kyodonet.attachment.entity.RecordComment;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.mail.control.Notices;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.staff.boundary.StaffDirectory;
import jp.kyodonet.staff.entity.StaffMember;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Colleagues' comments on a record of their centre (consultations, organisations, proposals, contracts; a network
 * case has the network's own comments). A comment names the colleagues it mentions, each of whom is told (a notice
 * in the portal, and a mail as they chose) with the record to open, never its content. A comment is removed only by
 * its author.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class RecordComments {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    RecordAccess access;

    @Inject
    StaffDirectory staff;

    @Inject
    Notices notices;

    @Inject
    CurrentUser user;

    @Inject
    CurrentTenant tenant;

    @Inject
    BusinessClock clock;

    /** The record's comments, oldest first. */
    public List<CommentView> list(@NotNull RecordKind kind, @NotNull UUID recordId) {
        ownRecord(kind, recordId);
        return em.createQuery("SELECT c FROM RecordComment c WHERE c.recordKind = :kind AND c.recordId = :record"
                        + " ORDER BY c.createdAt, c.id", RecordComment.class)
                .setParameter("kind", kind).setParameter("record", recordId.toString()).getResultList().stream()
                .map(this::view).toList();
    }

    public CommentView add(@NotNull RecordKind kind, @NotNull UUID recordId, @Valid @NotNull CommentForm form) {
        RecordAccess.Target target = ownRecord(kind, recordId);
        Map<String, StaffMember> mentioned = new LinkedHashMap<>();
        for (String subject : form.mentions()) {
            mentioned.putIfAbsent(subject, staff.colleague(subject, "mentions"));
        }
        String me = user.name();
        RecordComment comment = new RecordComment(kind, recordId, user.subject(), me, form.body().strip(),
                List.copyOf(mentioned.keySet()), mentioned.values().stream().map(StaffMember::name).toList(), clock.now());
        em.persist(comment);
        for (StaffMember colleague : mentioned.values()) {
            if (!colleague.subject().equals(user.subject())) {
                notices.toPerson(tenant.get().orElseThrow(), colleague.subject(), new Notices.Notice(
                        Notices.Kind.MENTIONED, kind.page(), recordId.toString(), new Message(
                        target.title().ja() + "へのコメント（" + me + "）",
                        "A comment on " + target.title().en() + " (" + me + ")")));
            }
        }
        return view(comment);
    }

    public void remove(@NotNull RecordKind kind, @NotNull UUID recordId, @NotNull UUID commentId) {
        ownRecord(kind, recordId);
        RecordComment comment = em.find(RecordComment.class, commentId.toString());
        if (comment == null || comment.recordKind() != kind || !comment.recordId().equals(recordId)) {
            throw DomainException.notFound("コメント", "Comment");
        }
        if (!comment.author().equals(user.subject())) {
            throw DomainException.forbidden(new Message("コメントを削除できるのは書いた本人だけです",
                    "only its author removes a comment"));
        }
        em.remove(comment);
    }

    private RecordAccess.Target ownRecord(RecordKind kind, UUID recordId) {
        if (kind == RecordKind.CASE) {
            throw DomainException.notFound("コメント", "Comment");
        }
        return access.readable(kind, recordId);
    }

    private CommentView view(RecordComment c) {
        return new CommentView(c.id(), c.authorName(), c.body(), c.mentions(), c.createdAt(), c.author().equals(user.subject()));
    }
}
