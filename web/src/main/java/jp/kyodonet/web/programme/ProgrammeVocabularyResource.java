package jp.kyodonet.web.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.programme.entity.ProgrammeStatus;
import jp.kyodonet.programme.entity.ProgrammeVocabulary;
import jp.kyodonet.programme.entity.RegistrationStatus;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of programmes with their labels. */
@Path("programme-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class ProgrammeVocabularyResource {

    @GET
    @Operation(summary = "Programme kinds, statuses, place kinds and registration statuses with labels (ja, en)")
    public JsonObject vocabulary() {
        return Json.createObjectBuilder()
                .add("kind", Labels.of(ProgrammeKind.values(), ProgrammeVocabulary::label))
                .add("planItem", Labels.of(PlanItem.values(), ProgrammeVocabulary::label))
                .add("status", Labels.of(ProgrammeStatus.values(), ProgrammeVocabulary::label))
                .add("placeKind", Labels.of(PlaceKind.values(), ProgrammeVocabulary::label))
                .add("registrationStatus", Labels.of(RegistrationStatus.values(), ProgrammeVocabulary::label))
                .build();
    }
}
