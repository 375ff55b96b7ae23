package jp.kyodonet.consultation.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the centre learns when a consultation comes in: the fields staff enter and may later correct.
 * {@code requesterName} and {@code requesterContact} are personal data.
 */
public record Intake(LocalDate receivedOn, Channel channel, RequesterKind requesterKind, String requesterName,
                     String requesterContact, Topic topic, String summary) {

    public Intake {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requesterKind, "requesterKind");
        Objects.requireNonNull(requesterName, "requesterName");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(summary, "summary");
        requesterName = requesterName.strip();
        requesterContact = requesterContact == null || requesterContact.isBlank() ? null : requesterContact.strip();
        summary = summary.strip();
    }
}
