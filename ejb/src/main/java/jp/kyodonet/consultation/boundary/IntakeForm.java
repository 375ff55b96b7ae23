package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.Intake;
import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;

import java.time.LocalDate;
import java.util.Set;

/** The intake fields of a consultation, as staff submit them to create or revise one. */
public record IntakeForm(
        @NotNull LocalDate receivedOn,
        @NotNull Channel channel,
        @NotNull RequesterKind requesterKind,
        @NotBlank @Size(max = 100) String requesterName,
        @Size(max = 200) String requesterContact,
        @NotNull Track track,
        OrganisationStage stage,
        @NotEmpty Set<Topic> topics,
        @NotBlank @Size(max = 4000) String summary) {

    Intake toIntake() {
        return new Intake(receivedOn, channel, requesterKind, requesterName, requesterContact, track, stage, topics,
                summary);
    }
}
