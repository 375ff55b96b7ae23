package jp.kyodonet.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * One move in a consultation's life (received, hearing, assigned, ...), for its timeline. Written by the
 * boundary in the transaction of the move; never changed.
 */
@Entity
@Table(name = "consultation_step")
@NamedQuery(name = ConsultationStep.OF_CONSULTATION,
        query = "SELECT s FROM ConsultationStep s WHERE s.consultationId = :id ORDER BY s.occurredAt")
public class ConsultationStep extends TenantOwned {

    public static final String OF_CONSULTATION = "ConsultationStep.ofConsultation";

    /** The kinds of move. */
    public enum Kind {
        RECEIVED, REVISED, INITIAL_HEARING, ASSIGNED, WORK_STARTED, FOLLOW_UP, REFERRED, CLOSED
    }

    @Column(name = "consultation_id", nullable = false, length = 36)
    private String consultationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 24)
    private Kind kind;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected ConsultationStep() {
        // for JPA
    }

    public ConsultationStep(UUID consultationId, Kind kind, String detail, Instant occurredAt, String actor) {
        super(UUID.randomUUID());
        this.consultationId = consultationId.toString();
        this.kind = kind;
        this.detail = detail == null || detail.isBlank() ? null
                : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.occurredAt = occurredAt;
        this.actor = actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
