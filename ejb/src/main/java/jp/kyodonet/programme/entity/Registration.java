package jp.kyodonet.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's place in a session, or on its waiting list (personal data: name and contact). Its token
 * (centre id, a dot, 32 random hex digits) is the person's link to the survey; it names no one.
 */
@Entity
@Table(name = "programme_registration")
public class Registration extends TenantOwned {

    @Column(name = "session_id", nullable = false, length = 36, updatable = false)
    private String sessionId;

    @Column(name = "sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "person_name", nullable = false, length = 100, updatable = false)
    private String personName;

    @Column(name = "contact", nullable = false, length = 200, updatable = false)
    private String contact;

    @Column(name = "organisation_name", length = 200, updatable = false)
    private String organisationName;

    @Column(name = "participant_base_consent", nullable = false, updatable = false)
    private boolean participantBaseConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "attended", nullable = false)
    private boolean attended;

    @Column(name = "token", nullable = false, length = 80, updatable = false)
    private String token;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    /** 受付番号: the session's day and the registration's sequence, e.g. 20261215-A3F9-007. */
    @Column(name = "receipt_no", length = 40, updatable = false)
    private String receiptNo;

    /** The contact folded (NFKC, lower case, no spaces) while the registration stands: one per contact and session. */
    @Column(name = "active_contact", length = 200)
    private String activeContact;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "survey_mailed_at")
    private Instant surveyMailedAt;

    protected Registration() {
        // for JPA
    }

    /** A registration: a place while places are left, else the waiting list. */
    public Registration(String tenant, UUID sessionId, int sequence, boolean placeLeft, String personName, String contact,
                        String organisationName, boolean participantBaseConsent, Instant now) {
        super(UUID.randomUUID());
        this.sessionId = sessionId.toString();
        this.sequence = sequence;
        this.personName = personName.strip();
        this.contact = contact.strip();
        this.organisationName = organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
        this.participantBaseConsent = participantBaseConsent;
        this.status = placeLeft ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        this.token = LinkTokens.issue(new jp.kyodonet.tenants.TenantId(tenant));
        this.registeredAt = now;
        this.activeContact = fold(contact);
    }

    /** The contact as the one-per-session rule compares it. */
    public static String fold(String contact) {
        return java.text.Normalizer.normalize(contact, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Numbers the registration for its receipt (the session's day and id, then the sequence). */
    public void number(java.time.LocalDate day) {
        this.receiptNo = day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + sessionId.substring(0, 4).toUpperCase(java.util.Locale.ROOT) + "-" + String.format("%03d", sequence);
    }

    /** The address to mail, when the contact is one. */
    public java.util.Optional<String> email() {
        String c = contact.strip();
        return c.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    public void surveyMailed(Instant now) {
        this.surveyMailedAt = now;
    }

    public void cancel() {
        if (status == RegistrationStatus.CANCELLED) {
            throw DomainException.conflict(new Message("この申込はすでに取り消されています", "Already cancelled"));
        }
        status = RegistrationStatus.CANCELLED;
        attended = false;
        activeContact = null;
    }

    /** The first of the waiting list takes the freed place. */
    public void moveUp() {
        status = RegistrationStatus.REGISTERED;
    }

    public void markAttendance(boolean present) {
        if (present && status != RegistrationStatus.REGISTERED) {
            throw DomainException.conflict(new Message("参加登録のない申込は出席にできません",
                    "Only a registered place can be marked present"));
        }
        attended = present;
    }

    public UUID sessionId() { return UUID.fromString(sessionId); }
    public int sequence() { return sequence; }
    public String personName() { return personName; }
    public String contact() { return contact; }
    public String organisationName() { return organisationName; }
    public boolean participantBaseConsent() { return participantBaseConsent; }
    public RegistrationStatus status() { return status; }
    public boolean attended() { return attended; }
    public String token() { return token; }
    public Instant registeredAt() { return registeredAt; }
    public String receiptNo() { return receiptNo; }
    public Instant remindedAt() { return remindedAt; }
    public Instant surveyMailedAt() { return surveyMailedAt; }
}
