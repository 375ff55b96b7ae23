package jp.kyodonet.consultation.boundary;

import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consultation in a list: no personal data (the requester appears only by kind). */
public record ConsultationSummary(UUID id, long version, LocalDate receivedOn, int fiscalYear, Channel channel,
                                  RequesterKind requesterKind, Track track, Set<Topic> topics, String summaryExcerpt,
                                  ConsultationStatus status, String assigneeName, LocalDate nextActionOn,
                                  boolean overdue, Outcome outcome, LocalDate closedOn) {
}
