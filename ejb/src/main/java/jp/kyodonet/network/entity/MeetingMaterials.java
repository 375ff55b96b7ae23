package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;

import java.time.Instant;
import java.util.UUID;

/**
 * One generation of a meeting's materials (資料): the packet as it was computed then (JSON), so a frozen
 * official version keeps its figures while later generations show new ones. One official version per
 * meeting ({@code officialKey} = the meeting, unique).
 */
@Entity
@Table(name = "net_materials")
public class MeetingMaterials {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36, updatable = false)
    private String meetingId;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 200, updatable = false)
    private String generatedBy;

    @Column(name = "official", nullable = false)
    private boolean official;

    @Column(name = "official_key", length = 36)
    private String officialKey;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    protected MeetingMaterials() {
        // for JPA
    }

    public MeetingMaterials(UUID meetingId, String content, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId.toString();
        this.content = content;
        this.generatedAt = now;
        this.generatedBy = by;
    }

    /** Freezes this generation as the meeting's official materials. */
    public void makeOfficial() {
        if (official) {
            throw DomainException.conflict(new Message("すでに正式版です", "Already the official version"));
        }
        official = true;
        officialKey = meetingId;
    }

    public UUID id() { return UUID.fromString(id); }
    public UUID meetingId() { return UUID.fromString(meetingId); }
    public Instant generatedAt() { return generatedAt; }
    public String generatedBy() { return generatedBy; }
    public boolean official() { return official; }
    public String content() { return content; }
}
