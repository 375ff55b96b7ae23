package jp.kyodonet.consultation.boundary;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One consultation in full, personal data included (its reading is audit-logged). */
public record ConsultationView(UUID id, long version, LocalDate receivedOn, int fiscalYear, Channel channel,
                               RequesterKind requesterKind, String requesterName, String requesterContact,
                               Topic topic, String summary, ConsultationStatus status, Outcome outcome,
                               LocalDate closedOn, String closingNote, Instant createdAt, String createdBy,
                               Instant updatedAt, String updatedBy) {
}
