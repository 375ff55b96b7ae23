package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A correction of a closed survey's row by the division: who, when, why, and the row before and after. Never changed. */
@Entity
@Table(name = "collab_survey_correction")
public class AnnualSurveyCorrection {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "survey_id", nullable = false, length = 36, updatable = false)
    private String surveyId;

    @Column(name = "answer_id", nullable = false, length = 36, updatable = false)
    private String answerId;

    @Column(name = "row_id", nullable = false, length = 36, updatable = false)
    private String rowId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, length = 200, updatable = false)
    private String correctedBy;

    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "before_row", nullable = false, updatable = false)
    private String beforeRow;

    @Column(name = "after_row", nullable = false, updatable = false)
    private String afterRow;

    protected AnnualSurveyCorrection() {
        // for JPA
    }

    public AnnualSurveyCorrection(UUID surveyId, UUID answerId, UUID rowId, String reason, String beforeRow, String afterRow,
                            Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = surveyId.toString();
        this.answerId = answerId.toString();
        this.rowId = rowId.toString();
        this.reason = reason.strip();
        this.beforeRow = beforeRow;
        this.afterRow = afterRow;
        this.correctedAt = now;
        this.correctedBy = by;
    }

    public UUID id() { return UUID.fromString(id); }
    public UUID answerId() { return UUID.fromString(answerId); }
    public UUID rowId() { return UUID.fromString(rowId); }
    public Instant correctedAt() { return correctedAt; }
    public String correctedBy() { return correctedBy; }
    public String reason() { return reason; }
    public String beforeRow() { return beforeRow; }
    public String afterRow() { return afterRow; }
}
