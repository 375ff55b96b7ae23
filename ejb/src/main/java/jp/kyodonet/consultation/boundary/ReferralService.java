package jp.kyodonet.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.consultation.control.ConsultationRepository;
import jp.kyodonet.consultation.control.ReferralRepository;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Referral;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.UUID;
import jp.kyodonet.mail.control.Notices;
import java.util.Set;

/**
 * Referrals between centres (NETWORK scope, domain model g). The caller's centre is always one of the
 * two a referral concerns; any other centre finds nothing (404). The sender's consultation and its
 * personal data stay in the sender's tenant; the receiver gets the referral card, and the requester's
 * name and contact only with recorded consent. Accepting opens the receiver's own linked consultation,
 * once: the referral row is locked for the answer, so parallel accepts are served in turn and all but the
 * first find it answered (409).
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ReferralService {

    static final String RECORD_TYPE = "referral";

    @Inject
    ReferralRepository referrals;

    @Inject
    ConsultationRepository consultations;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    Notices notices;

    /** Staff refer one of their centre's open consultations to another centre. */
    public ReferralView send(@NotNull UUID consultationId, @Valid @NotNull ReferralForm form) {
        TenantId here = here();
        Tenant receiver = tenants.findActive(form.toCentre()).orElseThrow(() -> DomainException.invalidInput(List.of(
                new FieldError("toCentre", new Message("紹介先のセンターが見つかりません: " + form.toCentre(),
                        "No such centre: " + form.toCentre())))));
        Consultation source = consultations.find(consultationId)
                .orElseThrow(() -> DomainException.notFound("相談", "Consultation"));
        Referral referral = Referral.send(here, receiver.id(), source, form.summary(), form.contactConsent(),
                clock.now(), user.signature());
        referrals.add(referral);
        try {
            referrals.flush();
        } catch (PersistenceException pending) {
            throw DomainException.conflict(new Message(
                    "この相談はすでに" + receiver.displayNameJa() + "に紹介中です（回答待ち）",
                    "This consultation is already referred to " + receiver.displayNameEn() + " and awaits an answer"));
        }
        consultations.add(new ConsultationStep(consultationId, ConsultationStep.Kind.REFERRED,
                "→ " + receiver.displayNameJa(), clock.now(), user.signature()));
        audit.record(AuditEntry.Action.CREATE, RECORD_TYPE, referral.id());
        Tenant sender = tenants.find(here.value()).orElseThrow();
        notices.toCentre(receiver.id(), Set.of(Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR),
                new Notices.Notice(Notices.Kind.REFERRAL_RECEIVED, "referrals", referral.id().toString(),
                        new Message(sender.displayNameJa() + "からの紹介", "A referral from " + sender.displayNameEn())));
        return view(referral, here, false);
    }

    /** The centre's incoming or outgoing referrals, newest first, without personal data. */
    public Page<ReferralView> list(@NotNull ReferralRepository.Box box, ReferralStatus status,
                                   @Valid @NotNull PageRequest page) {
        TenantId here = here();
        return referrals.list(here, box, status, page).map(r -> view(r, here, false));
    }

    /** The referrals the centre sent about one of its consultations. */
    public List<ReferralView> sentAbout(@NotNull UUID consultationId) {
        consultations.find(consultationId).orElseThrow(() -> DomainException.notFound("相談", "Consultation"));
        TenantId here = here();
        return referrals.sentAbout(here, consultationId).stream().map(r -> view(r, here, false)).toList();
    }

    /** One referral; when it carries the requester's name and contact, the read is audit-logged. */
    public ReferralView read(@NotNull UUID id) {
        TenantId here = here();
        Referral referral = find(here, id);
        if (referral.contactConsent()) {
            audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, id);
        }
        return view(referral, here, true);
    }

    /** The receiving centre takes the case on: its own consultation is opened, linked to the referral. */
    public ReferralView accept(@NotNull UUID id) {
        TenantId here = here();
        Referral referral = referrals.lockFor(here, id)
                .orElseThrow(() -> DomainException.notFound("紹介", "Referral"));
        requireReceiver(referral, here);
        Tenant sender = tenant(referral.fromTenant());
        Consultation linked = Consultation.receiveReferral(referral, sender.displayNameJa(), clock.today(),
                clock.now(), user.signature());
        referral.accept(linked.id(), clock.now(), user.signature());
        consultations.add(linked);
        consultations.add(new ConsultationStep(linked.id(), ConsultationStep.Kind.RECEIVED,
                "紹介元: " + sender.displayNameJa(), clock.now(), user.signature()));
        try {
            consultations.flush();
        } catch (PersistenceException twice) {
            throw DomainException.conflict(new Message("この紹介はすでに受け入れられています",
                    "This referral has already been accepted"));
        }
        audit.record(AuditEntry.Action.CREATE, ConsultationService.RECORD_TYPE, linked.id());
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(referral, here, false);
    }

    /** The receiving centre declines, with the reason the sender will read. */
    public ReferralView decline(@NotNull UUID id, @Valid @NotNull DeclineForm form) {
        TenantId here = here();
        Referral referral = referrals.lockFor(here, id)
                .orElseThrow(() -> DomainException.notFound("紹介", "Referral"));
        requireReceiver(referral, here);
        referral.decline(form.reason(), clock.now(), user.signature());
        referrals.flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(referral, here, false);
    }

    /** The sending centre takes back a referral that has not been answered. */
    public ReferralView withdraw(@NotNull UUID id) {
        TenantId here = here();
        Referral referral = referrals.lockFor(here, id)
                .orElseThrow(() -> DomainException.notFound("紹介", "Referral"));
        if (!referral.isSentBy(here)) {
            throw DomainException.conflict(new Message("取り下げられるのは紹介元のセンターだけです",
                    "Only the sending centre can withdraw a referral"));
        }
        referral.withdraw(clock.now(), user.signature());
        referrals.flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(referral, here, false);
    }

    private static void requireReceiver(Referral referral, TenantId here) {
        if (!referral.isAddressedTo(here)) {
            throw DomainException.conflict(new Message("受け入れ・辞退ができるのは紹介先のセンターだけです",
                    "Only the receiving centre can accept or decline a referral"));
        }
    }

    private Referral find(TenantId here, UUID id) {
        return referrals.findFor(here, id).orElseThrow(() -> DomainException.notFound("紹介", "Referral"));
    }

    private TenantId here() {
        return currentTenant.get().orElseThrow(() -> new IllegalStateException("no tenant in a referral request"));
    }

    private Tenant tenant(TenantId id) {
        return tenants.all().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown tenant on a referral: " + id));
    }

    private ReferralView view(Referral r, TenantId here, boolean withContact) {
        boolean outgoing = r.isSentBy(here);
        boolean contact = withContact && r.contactConsent();
        return new ReferralView(r.id(), r.version(), outgoing ? "OUTGOING" : "INCOMING",
                CentreRef.of(tenant(r.fromTenant())), CentreRef.of(tenant(r.toTenant())),
                outgoing ? r.sourceConsultationId() : null, outgoing ? null : r.linkedConsultationId(),
                r.requesterKind(), r.track(), r.stage(), r.topics(), r.summary(), r.contactConsent(),
                contact ? r.requesterName() : null, contact ? r.requesterContact() : null, r.status(),
                r.declineReason(), r.sentAt(), r.sentBy(), r.answeredAt(), r.answeredBy());
    }
}
