package jp.kyodonet.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A referral card (紹介) one centre sends another about one of its consultations: NETWORK scope, so not a
 * tenant-owned row; it names both centres and {@link jp.kyodonet.consultation.boundary.ReferralService}
 * lets only those two see it. What crosses is what the receiver needs: requester kind, track, stage,
 * topics and a summary written for the receiver; the requester's name and contact only when the
 * requester's consent is recorded. Life: sent → accepted (the receiver opens its own linked
 * consultation) or declined with a reason; the sender may withdraw while it waits.
 */
@Entity
@EntityListeners(jp.kyodonet.consultation.control.ConsultationChanges.class)
@Table(name = "referral")
public class Referral {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "from_tenant", nullable = false, length = 32, updatable = false)
    private String fromTenant;

    @Column(name = "to_tenant", nullable = false, length = 32, updatable = false)
    private String toTenant;

    @Column(name = "source_consultation_id", nullable = false, length = 36, updatable = false)
    private String sourceConsultationId;

    @Column(name = "linked_consultation_id", length = 36)
    private String linkedConsultationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind", nullable = false, length = 32, updatable = false)
    private RequesterKind requesterKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "track", nullable = false, length = 24, updatable = false)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_stage", length = 16, updatable = false)
    private OrganisationStage stage;

    @Convert(converter = TopicsConverter.class)
    @Column(name = "topics", nullable = false, length = 200, updatable = false)
    private Set<Topic> topics;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Column(name = "contact_consent", nullable = false, updatable = false)
    private boolean contactConsent;

    @Column(name = "requester_name", length = 200, updatable = false)
    private String requesterName;

    @Column(name = "requester_contact", length = 200, updatable = false)
    private String requesterContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReferralStatus status;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    /** "consultation id → receiving centre" while the referral waits; null once answered (unique). */
    @Column(name = "pending_key", length = 80)
    private String pendingKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 200, updatable = false)
    private String sentBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    protected Referral() {
        // for JPA
    }

    /**
     * A centre refers one of its open consultations to another centre.
     *
     * @param contactConsent the requester agreed that the receiver gets their name and contact
     */
    public static Referral send(TenantId from, TenantId to, Consultation source, String summaryForReceiver,
                                boolean contactConsent, Instant now, String by) {
        Objects.requireNonNull(summaryForReceiver, "summary");
        if (from.equals(to)) {
            throw DomainException.conflict(new Message("自分のセンターには紹介できません",
                    "A centre cannot refer a consultation to itself"));
        }
        if (!source.status().isOpen()) {
            throw DomainException.conflict(new Message("終了した相談は紹介できません",
                    "A closed consultation cannot be referred"));
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID().toString();
        referral.fromTenant = from.value();
        referral.toTenant = to.value();
        referral.sourceConsultationId = source.id().toString();
        referral.requesterKind = source.requesterKind();
        referral.track = source.track();
        referral.stage = source.stage();
        referral.topics = source.topics();
        referral.summary = summaryForReceiver.strip();
        referral.contactConsent = contactConsent;
        if (contactConsent) {
            referral.requesterName = source.intake().requesterName();
            referral.requesterContact = source.intake().requesterContact();
        }
        referral.status = ReferralStatus.SENT;
        referral.pendingKey = source.id() + ">" + to.value();
        referral.sentAt = now;
        referral.sentBy = by;
        return referral;
    }

    /** The receiver takes the case on; {@code linked} is the consultation it opened for it. */
    public void accept(UUID linked, Instant now, String by) {
        requireWaiting(new Message("受け入れ", "accepted"));
        status = ReferralStatus.ACCEPTED;
        linkedConsultationId = linked.toString();
        answered(now, by);
    }

    /** The receiver declines, saying why. */
    public void decline(String reason, Instant now, String by) {
        Objects.requireNonNull(reason, "reason");
        requireWaiting(new Message("辞退", "declined"));
        status = ReferralStatus.DECLINED;
        declineReason = reason.strip();
        answered(now, by);
    }

    /** The sender takes the referral back before it is answered. */
    public void withdraw(Instant now, String by) {
        requireWaiting(new Message("取り下げ", "withdrawn"));
        status = ReferralStatus.WITHDRAWN;
        answered(now, by);
    }

    public boolean isSentBy(TenantId tenant) {
        return fromTenant.equals(tenant.value());
    }

    public boolean isAddressedTo(TenantId tenant) {
        return toTenant.equals(tenant.value());
    }

    private void requireWaiting(Message move) {
        if (status != ReferralStatus.SENT) {
            Message now = Vocabulary.label(status);
            throw DomainException.conflict(new Message(
                    "この紹介はすでに「" + now.ja() + "」になっているため、" + move.ja() + "できません",
                    "This referral is already " + now.en().toLowerCase() + " and cannot be " + move.en()));
        }
    }

    private void answered(Instant now, String by) {
        pendingKey = null;
        answeredAt = now;
        answeredBy = by;
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public long version() {
        return version;
    }

    public TenantId fromTenant() {
        return new TenantId(fromTenant);
    }

    public TenantId toTenant() {
        return new TenantId(toTenant);
    }

    public UUID sourceConsultationId() {
        return UUID.fromString(sourceConsultationId);
    }

    public UUID linkedConsultationId() {
        return linkedConsultationId == null ? null : UUID.fromString(linkedConsultationId);
    }

    public RequesterKind requesterKind() {
        return requesterKind;
    }

    public Track track() {
        return track;
    }

    public OrganisationStage stage() {
        return stage;
    }

    public Set<Topic> topics() {
        return topics;
    }

    public String summary() {
        return summary;
    }

    public boolean contactConsent() {
        return contactConsent;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterContact() {
        return requesterContact;
    }

    public ReferralStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
