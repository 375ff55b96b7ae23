package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A ward centre asks the city centre for day-to-day operating support (日常的な運営支援): open → answered
 * by a city coordinator → closed by the asking centre. Seen by the asking centre and the city centre only.
 */
@Entity
@Table(name = "net_support_request")
public class SupportRequest {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "from_tenant", nullable = false, length = 32, updatable = false)
    private String fromTenant;

    @Column(name = "topic", nullable = false, length = 200, updatable = false)
    private String topic;

    @Column(name = "body", nullable = false, length = 4000, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SupportStatus status;

    @Column(name = "answer", length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SupportRequest() {
        // for JPA
    }

    public SupportRequest(TenantId from, String topic, String body, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.fromTenant = from.value();
        this.topic = topic.strip();
        this.body = body.strip();
        this.status = SupportStatus.OPEN;
        this.createdAt = now;
    }

    public void answer(String text, Instant now, String by) {
        if (status == SupportStatus.CLOSED) {
            throw DomainException.conflict(new Message("完了した依頼には回答できません", "The request is closed"));
        }
        answer = text.strip();
        answeredBy = by;
        answeredAt = now;
        status = SupportStatus.ANSWERED;
    }

    public void close(Instant now) {
        if (status != SupportStatus.ANSWERED) {
            throw DomainException.conflict(new Message("完了にできるのは回答済みの依頼です", "Only an answered request can be closed"));
        }
        status = SupportStatus.CLOSED;
        closedAt = now;
    }

    public boolean isFrom(TenantId centre) {
        return fromTenant.equals(centre.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public TenantId fromTenant() { return new TenantId(fromTenant); }
    public String topic() { return topic; }
    public String body() { return body; }
    public SupportStatus status() { return status; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant createdAt() { return createdAt; }
    public Instant answeredAt() { return answeredAt; }
}
