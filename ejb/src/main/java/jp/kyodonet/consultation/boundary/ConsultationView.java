package jp.kyodonet.consultation.boundary;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One consultation in full, personal data included (its reading is audit-logged). */
public record ConsultationView(UUID id, long version, LocalDate receivedOn, int fiscalYear, Channel channel,
                               RequesterKind requesterKind, String requesterName, String requesterContact,
                               Track track, OrganisationStage stage, Set<Topic> topics, String summary,
                               ConsultationStatus status, String assigneeSubject, String assigneeName,
                               String experts, String cityDivisions, LocalDate nextActionOn, boolean overdue,
                               Instant firstResponseAt, Outcome outcome, LocalDate closedOn, Instant closedAt,
                               String closingNote, Instant createdAt, String createdBy, Instant updatedAt,
                               String updatedBy, UUID referralId) {
}
