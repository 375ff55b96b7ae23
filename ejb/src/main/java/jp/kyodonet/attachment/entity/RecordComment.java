package jp.kyodonet.attachment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A colleague's comment on a record of the centre, with the names of the colleagues it mentions. */
@Entity
@Table(name = "record_comment")
public class RecordComment extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 20, nullable = false, updatable = false)
    private RecordKind recordKind;

    @Column(name = "record_id", length = 36, nullable = false, updatable = false)
    private String recordId;

    @Column(name = "author", length = 200, nullable = false, updatable = false)
    private String author;

    @Column(name = "author_name", length = 255, nullable = false, updatable = false)
    private String authorName;

    @Column(name = "body", length = 2000, nullable = false, updatable = false)
    private String body;

    /** The mentioned colleagues' names, one per line. */
    @Column(name = "mentions", length = 2000, updatable = false)
    private String mentions;

    /** The mentioned colleagues' subjects, each between line breaks ("\nA\nB\n"), for the inbox to find. */
    @Column(name = "mention_subjects", length = 4000, updatable = false)
    private String mentionSubjects;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecordComment() {
        // for JPA
    }

    public RecordComment(RecordKind kind, UUID recordId, String author, String authorName, String body,
                         List<String> mentionedSubjects, List<String> mentionedNames, Instant now) {
        super(UUID.randomUUID());
        this.recordKind = kind;
        this.recordId = recordId.toString();
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.mentions = mentionedNames.isEmpty() ? null : String.join("\n", mentionedNames);
        this.mentionSubjects = mentionedSubjects.isEmpty() ? null : "\n" + String.join("\n", mentionedSubjects) + "\n";
        this.createdAt = now;
    }

    public RecordKind recordKind() { return recordKind; }
    public UUID recordId() { return UUID.fromString(recordId); }
    /** The author's subject. */
    public String author() { return author; }
    public String authorName() { return authorName; }
    public String body() { return body; }
    public List<String> mentions() { return mentions == null ? List.of() : Arrays.asList(mentions.split("\n")); }
    public Instant createdAt() { return createdAt; }
}
