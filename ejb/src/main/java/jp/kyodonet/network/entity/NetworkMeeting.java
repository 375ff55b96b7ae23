package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A network meeting (ネットワーク会議) of the fiscal year's plan, run by the city centre (NETWORK scope:
 * every centre reads it, only network coordinators change it); all 18 ward centres are invited. A repeat
 * session gives the same content again and names the meeting it repeats.
 */
@Entity
@EntityListeners(jp.kyodonet.network.control.NetworkChanges.class)
@Table(name = "net_meeting")
public class NetworkMeeting {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private MeetingFormat format;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "theme", length = 400)
    private String theme;

    @Column(name = "repeat_of", length = 36)
    private String repeatOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected NetworkMeeting() {
        // for JPA
    }

    public NetworkMeeting(TenantId owner, String title, LocalDate date, LocalTime start, MeetingFormat format, String place,
                          String theme, UUID repeatOf, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerTenant = owner.value();
        this.repeatOf = repeatOf == null ? null : repeatOf.toString();
        describe(title, date, start, format, place, theme, now, by);
    }

    public void describe(String title, LocalDate date, LocalTime start, MeetingFormat format, String place, String theme,
                         Instant now, String by) {
        this.title = title.strip();
        this.date = date;
        this.fiscalYear = FiscalYear.of(date).startYear();
        this.start = start;
        this.format = format;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.theme = theme == null || theme.isBlank() ? null : theme.strip();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public int fiscalYear() { return fiscalYear; }
    public String title() { return title; }
    public LocalDate date() { return date; }
    public LocalTime start() { return start; }
    public MeetingFormat format() { return format; }
    public String place() { return place; }
    public String theme() { return theme; }
    public UUID repeatOf() { return repeatOf == null ? null : UUID.fromString(repeatOf); }
    public Instant updatedAt() { return updatedAt; }
}
