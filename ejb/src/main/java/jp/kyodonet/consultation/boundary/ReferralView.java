package jp.kyodonet.consultation.boundary;

import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A referral as one of its two centres sees it. {@code direction} is OUTGOING for the sender and INCOMING
 * for the receiver; the sender sees its source consultation, the receiver its linked one. The requester's
 * name and contact appear only in a single read, and only when consent was recorded (lists never carry
 * them).
 */
public record ReferralView(UUID id, long version, String direction, CentreRef fromCentre, CentreRef toCentre,
                           UUID sourceConsultationId, UUID linkedConsultationId, RequesterKind requesterKind,
                           Track track, OrganisationStage stage, Set<Topic> topics, String summary,
                           boolean contactConsent, String requesterName, String requesterContact,
                           ReferralStatus status, String declineReason, Instant sentAt, String sentBy,
                           Instant answeredAt, String answeredBy) {
}
