package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.persistence.EnumTags;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A case of the shared library (好事例・事例共有, NETWORK scope): written by a centre, readable by its own
 * centre at every stage and by all 19 centres once published to the network; a public case is also in the
 * public library, its organisations' contacts only with their consent. Anonymised by construction: a case
 * started from a consultation or a project takes none of the original's personal data, and the writer
 * confirms the redaction checklist before submitting.
 */
@Entity
@EntityListeners(jp.kyodonet.network.control.NetworkChanges.class)
@Table(name = "net_case")
public class CaseStudy {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "theme", nullable = false, length = 200)
    private String theme;

    @Column(name = "fields", nullable = false, length = 400)
    private String fields;

    @Column(name = "sectors", nullable = false, length = 200)
    private String sectors;

    @Column(name = "ward", nullable = false, length = 40)
    private String ward;

    @Column(name = "what_was_done", nullable = false, length = 4000)
    private String whatWasDone;

    @Column(name = "what_worked", length = 4000)
    private String whatWorked;

    @Column(name = "what_was_hard", length = 4000)
    private String whatWasHard;

    @Column(name = "contacts", length = 1000)
    private String contacts;

    @Column(name = "contacts_consent", nullable = false)
    private boolean contactsConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 16, updatable = false)
    private CaseSource source;

    @Column(name = "source_id", length = 36, updatable = false)
    private String sourceId;

    @Column(name = "redaction_confirmed", nullable = false)
    private boolean redactionConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected CaseStudy() {
        // for JPA
    }

    /** What a case says. */
    public record Content(String title, String theme, Set<ActivityField> fields, Set<PartnerSector> sectors, String ward,
                         String whatWasDone, String whatWorked, String whatWasHard, String contacts,
                         boolean contactsConsent, boolean redactionConfirmed) {
    }

    public CaseStudy(TenantId owner, CaseSource source, UUID sourceId, Content content, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = owner.value();
        this.source = source;
        this.sourceId = sourceId == null ? null : sourceId.toString();
        this.status = CaseStatus.DRAFT;
        apply(content, now, by);
    }

    /** Rewrites a draft. */
    public void revise(Content content, Instant now, String by) {
        if (status != CaseStatus.DRAFT) {
            throw DomainException.conflict(new Message("編集できるのは下書きの事例です", "Only a draft can be edited"));
        }
        apply(content, now, by);
    }

    private void apply(Content c, Instant now, String by) {
        title = c.title().strip();
        theme = c.theme().strip();
        fields = EnumTags.write(c.fields() == null ? Set.of() : c.fields());
        sectors = EnumTags.write(c.sectors() == null ? Set.of() : c.sectors());
        ward = c.ward().strip();
        whatWasDone = c.whatWasDone().strip();
        whatWorked = blankToNull(c.whatWorked());
        whatWasHard = blankToNull(c.whatWasHard());
        contacts = blankToNull(c.contacts());
        contactsConsent = c.contactsConsent();
        redactionConfirmed = c.redactionConfirmed();
        touch(now, by);
    }

    /** The writer submits a draft for the manager's approval: the redaction checklist must be confirmed. */
    public void submit(Instant now, String by) {
        require(CaseStatus.DRAFT);
        if (!redactionConfirmed) {
            throw DomainException.invalidInput(List.of(new FieldError("redactionConfirmed", new Message(
                    "個人情報の削除チェックリストを確認してください", "Confirm the redaction checklist first"))));
        }
        status = CaseStatus.SUBMITTED;
        touch(now, by);
    }

    /** The manager sends a submitted case back to its writer. */
    public void returnToDraft(Instant now, String by) {
        require(CaseStatus.SUBMITTED);
        status = CaseStatus.DRAFT;
        touch(now, by);
    }

    public void approve(Instant now, String by) {
        require(CaseStatus.SUBMITTED);
        status = CaseStatus.APPROVED;
        touch(now, by);
    }

    /** Publishes an approved case to the network, or to the public library too; a network case may go public later. */
    public void publish(boolean toPublic, Instant now, String by) {
        if (status != CaseStatus.APPROVED && !(status == CaseStatus.NETWORK && toPublic)) {
            throw DomainException.conflict(new Message("公開できるのは承認済みの事例です", "Only an approved case can be published"));
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        status = toPublic ? CaseStatus.PUBLIC : CaseStatus.NETWORK;
        touch(now, by);
    }

    public void archive(Instant now, String by) {
        if (!status.isPublished()) {
            throw DomainException.conflict(new Message("アーカイブできるのは公開中の事例です", "Only a published case can be archived"));
        }
        status = CaseStatus.ARCHIVED;
        touch(now, by);
    }

    private void require(CaseStatus expected) {
        if (status != expected) {
            throw DomainException.conflict(new Message("この操作は現在の状態ではできません",
                    "Not possible in the case's current state (" + status + ")"));
        }
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Who may read it: its own centre always, other centres once published (not archived). */
    public boolean isReadableBy(TenantId centre) {
        return isOwnedBy(centre) || status.isPublished();
    }

    public boolean isOwnedBy(TenantId centre) {
        return ownerTenant.equals(centre.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public String title() { return title; }
    public String theme() { return theme; }
    public Set<ActivityField> fields() { return EnumTags.read(fields, ActivityField.class); }
    public Set<PartnerSector> sectors() { return EnumTags.read(sectors, PartnerSector.class); }
    public String ward() { return ward; }
    public String whatWasDone() { return whatWasDone; }
    public String whatWorked() { return whatWorked; }
    public String whatWasHard() { return whatWasHard; }
    /** The organisations' contacts, only where they consented. */
    public String contacts() { return contactsConsent ? contacts : null; }
    public String contactsAsWritten() { return contacts; }
    public boolean contactsConsent() { return contactsConsent; }
    public CaseSource source() { return source; }
    public UUID sourceId() { return sourceId == null ? null : UUID.fromString(sourceId); }
    public boolean redactionConfirmed() { return redactionConfirmed; }
    public CaseStatus status() { return status; }
    public Instant publishedAt() { return publishedAt; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
