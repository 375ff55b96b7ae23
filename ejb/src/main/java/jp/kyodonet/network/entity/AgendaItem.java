package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyodonet.tenants.TenantId;

import java.util.UUID;

/** One item of a meeting's agenda: kind, title and the presenting centre (any of the 19). */
@Entity
@Table(name = "net_agenda_item")
public class AgendaItem {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36, updatable = false)
    private String meetingId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private AgendaKind kind;

    @Column(name = "title", nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "presenter_tenant", length = 32, updatable = false)
    private String presenter;

    protected AgendaItem() {
        // for JPA
    }

    public AgendaItem(UUID meetingId, int position, AgendaKind kind, String title, TenantId presenter) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId.toString();
        this.position = position;
        this.kind = kind;
        this.title = title.strip();
        this.presenter = presenter == null ? null : presenter.value();
    }

    public UUID id() { return UUID.fromString(id); }
    public int position() { return position; }
    public AgendaKind kind() { return kind; }
    public String title() { return title; }
    public String presenter() { return presenter; }
}
