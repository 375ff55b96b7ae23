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
import jp.kyodonet.consultation.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.function.Function;

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
                .add("channel", list(Channel.values(), Channel::ja, Channel::en))
                .add("requesterKind", list(RequesterKind.values(), RequesterKind::ja, RequesterKind::en))
                .add("topic", list(Topic.values(), Topic::ja, Topic::en))
                .add("status", list(ConsultationStatus.values(), ConsultationStatus::ja, ConsultationStatus::en))
                .add("outcome", list(Outcome.values(), Outcome::ja, Outcome::en))
                .build();
    }

    private static <E extends Enum<E>> JsonArrayBuilder list(E[] values, Function<E, String> ja, Function<E, String> en) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (E value : values) {
            list.add(Json.createObjectBuilder().add("value", value.name()).add("ja", ja.apply(value))
                    .add("en", en.apply(value)));
        }
        return list;
    }
}
