package jp.kyodonet.consultation.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the centre learns when a consultation comes in: the fields staff enter and may later correct.
 * {@code requesterName} and {@code requesterContact} are personal data; {@code stage} may be unknown.
 */
public record Intake(LocalDate receivedOn, Channel channel, RequesterKind requesterKind, String requesterName,
                     String requesterContact, Track track, OrganisationStage stage, Set<Topic> topics,
                     String summary) {

    public Intake {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requesterKind, "requesterKind");
        Objects.requireNonNull(requesterName, "requesterName");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(summary, "summary");
        requesterName = requesterName.strip();
        requesterContact = requesterContact == null || requesterContact.isBlank() ? null : requesterContact.strip();
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
        summary = summary.strip();
    }
}
