package jp.kyodonet.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/** A participant's survey answer for a session: one per registration (unique key). */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends TenantOwned {

    @Column(name = "registration_id", nullable = false, length = 36, updatable = false)
    private String registrationId;

    @Column(name = "session_id", nullable = false, length = 36, updatable = false)
    private String sessionId;

    @Column(name = "satisfaction", nullable = false, updatable = false)
    private int satisfaction;

    @Column(name = "understanding_improved", nullable = false, updatable = false)
    private boolean understandingImproved;

    @Column(name = "motivation_improved", nullable = false, updatable = false)
    private boolean motivationImproved;

    @Column(name = "comment", length = 2000, updatable = false)
    private String comment;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected SurveyAnswer() {
        // for JPA
    }

    public SurveyAnswer(UUID registrationId, UUID sessionId, int satisfaction, boolean understandingImproved,
                        boolean motivationImproved, String comment, Instant now) {
        super(UUID.randomUUID());
        this.registrationId = registrationId.toString();
        this.sessionId = sessionId.toString();
        this.satisfaction = satisfaction;
        this.understandingImproved = understandingImproved;
        this.motivationImproved = motivationImproved;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.answeredAt = now;
    }

    public int satisfaction() { return satisfaction; }
    public boolean understandingImproved() { return understandingImproved; }
    public boolean motivationImproved() { return motivationImproved; }
    public String comment() { return comment; }
    public Instant answeredAt() { return answeredAt; }
}
