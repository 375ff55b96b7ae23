package jp.kyodonet.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * A course, seminar, exchange event, consultation day or study visit of a centre (domain model b.2-b.4),
 * with its sessions. planned → recruiting (its public page takes registrations) → running → completed →
 * evaluated.
 */
@Entity
@EntityListeners(jp.kyodonet.programme.control.ProgrammeChanges.class)
@Table(name = "programme")
public class Programme extends TenantOwned {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private ProgrammeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_item", length = 32)
    private PlanItem planItem;

    @Column(name = "audience", length = 200)
    private String audience;

    @Column(name = "co_organisers", length = 500)
    private String coOrganisers;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "planned_sessions", nullable = false)
    private int plannedSessions;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProgrammeStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Programme() {
        // for JPA
    }

    public static Programme plan(String name, ProgrammeKind kind, PlanItem planItem, String audience, String coOrganisers,
                                 String description, int plannedSessions, int fiscalYear, Instant now, String by) {
        Programme programme = new Programme(UUID.randomUUID());
        programme.status = ProgrammeStatus.PLANNED;
        programme.describe(name, kind, planItem, audience, coOrganisers, description, plannedSessions, fiscalYear, now, by);
        return programme;
    }

    private Programme(UUID id) {
        super(id);
    }

    public void describe(String name, ProgrammeKind kind, PlanItem planItem, String audience, String coOrganisers,
                         String description, int plannedSessions, int fiscalYear, Instant now, String by) {
        this.name = name.strip();
        this.kind = kind;
        this.planItem = planItem;
        this.audience = blankToNull(audience);
        this.coOrganisers = blankToNull(coOrganisers);
        this.description = blankToNull(description);
        this.plannedSessions = plannedSessions;
        this.fiscalYear = fiscalYear;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Moves to the next state. */
    public void advance(Instant now, String by) {
        ProgrammeStatus next = status.next();
        if (next == null) {
            throw DomainException.conflict(new Message("評価済みの事業はこれ以上進められません",
                    "An evaluated programme has no further state"));
        }
        status = next;
        updatedAt = now;
        updatedBy = by;
    }

    /** Whether the public may register now. */
    public boolean isOpenForRegistration() {
        return status == ProgrammeStatus.RECRUITING || status == ProgrammeStatus.RUNNING;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String name() { return name; }
    public ProgrammeKind kind() { return kind; }
    public PlanItem planItem() { return planItem; }
    public String audience() { return audience; }
    public String coOrganisers() { return coOrganisers; }
    public String description() { return description; }
    public int plannedSessions() { return plannedSessions; }
    public int fiscalYear() { return fiscalYear; }
    public ProgrammeStatus status() { return status; }
}
