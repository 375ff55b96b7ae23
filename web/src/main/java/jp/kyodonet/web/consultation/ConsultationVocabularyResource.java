package jp.kyodonet.web.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.consultation.entity.Channel;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.RequesterKind;
import jp.kyodonet.consultation.entity.OrganisationStage;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.consultation.entity.Vocabulary;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of a consultation with their Japanese and English labels, for forms and lists. */
@Path("consultation-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "consultations")
public class ConsultationVocabularyResource {

    @GET
    @Operation(summary = "Channels, requester kinds, topics, statuses and outcomes with labels (ja, en)")
    public JsonObject vocabulary() {
        return Json.createObjectBuilder()
                .add("channel", list(Channel.values()))
                .add("requesterKind", list(RequesterKind.values()))
                .add("topic", list(Topic.values()))
                .add("status", list(ConsultationStatus.values()))
                .add("outcome", list(Outcome.values()))
                .add("track", list(Track.values()))
                .add("stage", list(OrganisationStage.values()))
                .add("referralStatus", list(ReferralStatus.values()))
                .build();
    }

    private static JsonArrayBuilder list(Enum<?>[] values) {
        return Labels.of(values, Vocabulary::label);
    }
}
