package jp.kyodonet.organisation.entity;

import jp.kyodonet.tenants.RegistrationRequirement;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation registered (or applying) at a centre (団体登録, domain model b.7).
 *
 * <p>Registration: {@link #apply applied} → {@link #recordHearing hearing done} (collaboration wishes,
 * seeds, issues) → {@link #register registered} once the centre's requirements are confirmed (its catalogue
 * file's; by default 非営利性, 自主性, 公益性), with a registration number, or {@link #refuse refused} with a reason. A
 * registration lasts to the end of the fiscal year {@code cycle - 1} years after the one it was made in;
 * then it comes due and is {@link #renew renewed} for another cycle or {@link #lapse lapses}.
 * The representative and contact are personal data.
 */
@Entity
@EntityListeners(jp.kyodonet.organisation.control.OrganisationChanges.class)
@Table(name = "organisation")
public class Organisation extends TenantOwned {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 40)
    private LegalForm legalForm;

    @Column(name = "representative", nullable = false, length = 100)
    private String representative;

    @Column(name = "contact", length = 200)
    private String contact;

    @Column(name = "ward", length = 40)
    private String ward;

    @Convert(converter = ActivityFieldsConverter.class)
    @Column(name = "activity_fields", nullable = false, length = 400)
    private Set<ActivityField> activityFields;

    /** The same column as text, read-only, for the field filter. */
    @Column(name = "activity_fields", insertable = false, updatable = false)
    private String activityFieldTags;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "mailing_consent", nullable = false)
    private boolean mailingConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "hearing_collaboration", length = 2000)
    private String hearingCollaboration;

    @Column(name = "hearing_seeds", length = 2000)
    private String hearingSeeds;

    @Column(name = "hearing_issues", length = 2000)
    private String hearingIssues;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "refusal_reason", length = 2000)
    private String refusalReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Organisation() {
        // for JPA
    }

    /** An organisation applies for registration. */
    public static Organisation apply(OrganisationDetails details, LocalDate appliedOn, LocalDate today, Instant now,
                                     String by) {
        Organisation organisation = new Organisation(UUID.randomUUID());
        organisation.status = RegistrationStatus.APPLIED;
        organisation.appliedOn = notFuture("appliedOn", appliedOn, today);
        organisation.createdAt = now;
        organisation.createdBy = by;
        organisation.describe(details, today, now, by);
        return organisation;
    }

    private Organisation(UUID id) {
        super(id);
    }

    /** Staff correct the organisation's details (any time but after a refusal). */
    public void revise(OrganisationDetails details, LocalDate today, Instant now, String by) {
        if (status == RegistrationStatus.REFUSED) {
            throw conflict("登録不可となった団体は修正できません。新たに申請を受け付けてください。",
                    "A refused organisation cannot be changed; take a new application");
        }
        describe(details, today, now, by);
    }

    /** The registration hearing: what the organisation wants to do with others, its seeds, its issues. */
    public void recordHearing(String collaboration, String seeds, String issues, Instant now, String by) {
        require(EnumSet.of(RegistrationStatus.APPLIED, RegistrationStatus.HEARING_DONE),
                "ヒアリングは登録の前に記録します", "The hearing is recorded before registration");
        hearingCollaboration = blankToNull(collaboration);
        hearingSeeds = blankToNull(seeds);
        hearingIssues = blankToNull(issues);
        status = RegistrationStatus.HEARING_DONE;
        touch(now, by);
    }

    /**
     * Registers the organisation once the hearing is done and every requirement of the centre is confirmed.
     *
     * @param required  the centre's registration requirements (its catalogue file)
     * @param confirmed the codes of those staff confirmed
     * @param number    the centre's next registration number
     * @param cycle     the centre's registration cycle in fiscal years
     */
    public void register(List<RegistrationRequirement> required, Set<String> confirmed, String number, LocalDate on,
                         int cycle, LocalDate today, Instant now, String by) {
        require(EnumSet.of(RegistrationStatus.HEARING_DONE), "登録の前に登録ヒアリングを記録してください",
                "Record the registration hearing before registering");
        List<RegistrationRequirement> unmet = required.stream().filter(r -> !confirmed.contains(r.code())).toList();
        if (!unmet.isEmpty()) {
            throw conflict("登録要件を満たしていないため登録できません（"
                            + String.join("・", unmet.stream().map(RegistrationRequirement::ja).toList())
                            + "）。満たさない場合は登録不可として理由を記録してください。",
                    "The registration requirements are not all met ("
                            + String.join(", ", unmet.stream().map(RegistrationRequirement::en).toList())
                            + "); refuse with a reason instead");
        }
        LocalDate registered = notFuture("registeredOn", on, today);
        if (registered.isBefore(appliedOn)) {
            throw DomainException.invalidInput(List.of(new FieldError("registeredOn", new Message(
                    "登録日は申請日（" + appliedOn + "）より前にできません", "registeredOn cannot be before the application"))));
        }
        registrationNumber = number;
        registeredOn = registered;
        expiresOn = new FiscalYear(FiscalYear.of(registered).startYear() + cycle - 1).lastDay();
        status = RegistrationStatus.REGISTERED;
        touch(now, by);
    }

    /** The centre cannot register the organisation; the reason is kept. */
    public void refuse(String reason, Instant now, String by) {
        require(EnumSet.of(RegistrationStatus.APPLIED, RegistrationStatus.HEARING_DONE),
                "登録不可にできるのは審査中の申請だけです", "Only an application under review can be refused");
        refusalReason = reason.strip();
        status = RegistrationStatus.REFUSED;
        touch(now, by);
    }

    /** A registration that came due is renewed for another cycle; returns the fiscal year it was due in. */
    public FiscalYear renew(int cycle, LocalDate today, Instant now, String by) {
        FiscalYear due = requireDue(today, "更新");
        expiresOn = new FiscalYear(FiscalYear.of(expiresOn).startYear() + cycle).lastDay();
        touch(now, by);
        return due;
    }

    /** A registration that came due was not renewed; returns the fiscal year it was due in. */
    public FiscalYear lapse(LocalDate today, Instant now, String by) {
        FiscalYear due = requireDue(today, "失効");
        status = RegistrationStatus.LAPSED;
        touch(now, by);
        return due;
    }

    /** Registered, and its registration ended before the fiscal year of {@code today}. */
    public boolean isRenewalDue(LocalDate today) {
        return status == RegistrationStatus.REGISTERED && expiresOn.isBefore(FiscalYear.of(today).firstDay());
    }

    /** The fiscal year in which this registration comes (came) due: the one after it expires. */
    public FiscalYear renewalFiscalYear() {
        return new FiscalYear(FiscalYear.of(expiresOn).startYear() + 1);
    }

    private FiscalYear requireDue(LocalDate today, String move) {
        require(EnumSet.of(RegistrationStatus.REGISTERED), "登録中の団体だけが" + move + "の対象です",
                "Only a registered organisation can be renewed or lapse");
        if (!isRenewalDue(today)) {
            throw conflict("登録の有効期限（" + expiresOn + "）が過ぎていないため、まだ" + move + "できません",
                    "The registration runs until " + expiresOn + "; it is not due yet");
        }
        return renewalFiscalYear();
    }

    private void describe(OrganisationDetails details, LocalDate today, Instant now, String by) {
        if (details.activityFields().isEmpty()) {
            throw DomainException.invalidInput(List.of(new FieldError("activityFields", new Message(
                    "活動分野を一つ以上選んでください", "choose at least one activity field"))));
        }
        if (details.foundedOn() != null) {
            notFuture("foundedOn", details.foundedOn(), today);
        }
        name = details.name().strip();
        legalForm = details.legalForm();
        representative = details.representative().strip();
        contact = blankToNull(details.contact());
        ward = blankToNull(details.ward());
        activityFields = EnumSet.copyOf(details.activityFields());
        foundedOn = details.foundedOn();
        mailingConsent = details.mailingConsent();
        touch(now, by);
    }

    private void require(Set<RegistrationStatus> allowed, String ja, String en) {
        if (!allowed.contains(status)) {
            Message now = OrganisationVocabulary.label(status);
            throw conflict(ja + "（現在の状態: " + now.ja() + "）", en + " (current status: " + now.en() + ")");
        }
    }

    private static LocalDate notFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw DomainException.invalidInput(List.of(new FieldError(field, new Message(
                    "未来の日付は指定できません", "cannot be in the future"))));
        }
        return date;
    }

    private static DomainException conflict(String ja, String en) {
        return DomainException.conflict(new Message(ja, en));
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String name() { return name; }
    public LegalForm legalForm() { return legalForm; }
    public String representative() { return representative; }
    public String contact() { return contact; }
    public String ward() { return ward; }
    public Set<ActivityField> activityFields() { return activityFields; }
    public LocalDate foundedOn() { return foundedOn; }
    public boolean mailingConsent() { return mailingConsent; }
    public RegistrationStatus status() { return status; }
    public LocalDate appliedOn() { return appliedOn; }
    public String hearingCollaboration() { return hearingCollaboration; }
    public String hearingSeeds() { return hearingSeeds; }
    public String hearingIssues() { return hearingIssues; }
    public String registrationNumber() { return registrationNumber; }
    public LocalDate registeredOn() { return registeredOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public String refusalReason() { return refusalReason; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
