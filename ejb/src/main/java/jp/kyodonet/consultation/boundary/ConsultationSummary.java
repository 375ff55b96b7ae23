package jp.kyodonet.consultation.boundary;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;

import java.time.LocalDate;
import java.util.UUID;

/** A consultation in a list: no personal data (the requester appears only by kind). */
public record ConsultationSummary(UUID id, long version, LocalDate receivedOn, int fiscalYear, Channel channel,
                                  RequesterKind requesterKind, Topic topic, String summaryExcerpt,
                                  ConsultationStatus status, Outcome outcome, LocalDate closedOn) {
}
