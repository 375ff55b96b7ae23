package jp.kyodonet.web.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.OrganisationVocabulary;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of an organisation with their Japanese and English labels. */
@Path("organisation-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "organisations")
public class OrganisationVocabularyResource {

    @GET
    @Operation(summary = "Legal forms, the 12 activity fields and registration statuses with labels (ja, en)")
    public JsonObject vocabulary() {
        return Json.createObjectBuilder()
                .add("legalForm", list(LegalForm.values()))
                .add("activityField", list(ActivityField.values()))
                .add("status", list(RegistrationStatus.values()))
                .build();
    }

    private static JsonArrayBuilder list(Enum<?>[] values) {
        return Labels.of(values, OrganisationVocabulary::label);
    }
}
