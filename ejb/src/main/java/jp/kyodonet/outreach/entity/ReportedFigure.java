package jp.kyodonet.outreach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A figure a centre reports for one month (one per centre, kind and month: a unique key), because the product
 * does not hold the records behind it; who entered it and when are kept, and a change replaces the value at a
 * version.
 */
@Entity
@EntityListeners(jp.kyodonet.outreach.control.OutreachChanges.class)
@Table(name = "kpi_reported_figure")
public class ReportedFigure extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 60, updatable = false)
    private FigureKind kind;

    /** The first day of the month. */
    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "figure_value", nullable = false)
    private long value;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "entered_by", nullable = false, length = 200)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected ReportedFigure() {
        // for JPA
    }

    public ReportedFigure(FigureKind kind, YearMonth month, long value, String note, String by, Instant now) {
        super(UUID.randomUUID());
        this.kind = kind;
        this.month = month.atDay(1);
        set(value, note, by, now);
    }

    public void set(long value, String note, String by, Instant now) {
        this.value = value;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.enteredBy = by;
        this.enteredAt = now;
    }

    public FigureKind kind() { return kind; }
    public YearMonth month() { return YearMonth.from(month); }
    public long value() { return value; }
    public String note() { return note; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
}
