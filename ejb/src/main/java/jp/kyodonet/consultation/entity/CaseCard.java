package jp.kyodonet.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A case card (関わりカード): a dated note by a staff member on a consultation, with the next action,
 * shared with the whole centre so that anyone can continue the response (001:L1198-1200). Never changed
 * once written; a correction is a new card.
 */
@Entity
@Table(name = "case_card")
@NamedQuery(name = CaseCard.OF_CONSULTATION,
        query = "SELECT c FROM CaseCard c WHERE c.consultationId = :id ORDER BY c.writtenOn, c.writtenAt")
public class CaseCard extends TenantOwned {

    public static final String OF_CONSULTATION = "CaseCard.ofConsultation";

    @Column(name = "consultation_id", nullable = false, length = 36)
    private String consultationId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "author", nullable = false, length = 200)
    private String author;

    @Column(name = "note", nullable = false)
    private String note;

    @Column(name = "next_action", length = 500)
    private String nextAction;

    @Column(name = "next_action_on")
    private LocalDate nextActionOn;

    protected CaseCard() {
        // for JPA
    }

    public CaseCard(UUID consultationId, LocalDate writtenOn, String note, String nextAction, LocalDate nextActionOn,
                    Instant writtenAt, String author) {
        super(UUID.randomUUID());
        this.consultationId = consultationId.toString();
        this.writtenOn = Objects.requireNonNull(writtenOn);
        this.note = Objects.requireNonNull(note).strip();
        this.nextAction = nextAction == null || nextAction.isBlank() ? null : nextAction.strip();
        this.nextActionOn = nextActionOn;
        this.writtenAt = writtenAt;
        this.author = author;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String author() {
        return author;
    }

    public String note() {
        return note;
    }

    public String nextAction() {
        return nextAction;
    }

    public LocalDate nextActionOn() {
        return nextActionOn;
    }
}
