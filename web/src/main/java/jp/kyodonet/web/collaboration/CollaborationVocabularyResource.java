package jp.kyodonet.web.collaboration;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.collaboration.entity.CollaborationVocabulary;
import jp.kyodonet.collaboration.entity.ContractStatus;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationQuestion;
import jp.kyodonet.collaboration.entity.EvaluationStage;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.Grade;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.collaboration.entity.ProposalKind;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportActivity;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.OrganisationVocabulary;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of collaboration with their labels, and the 17 questions of the evaluation sheet. */
@Path("collaboration-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class CollaborationVocabularyResource {

    @GET
    @Operation(summary = "Proposal, project, contract and evaluation choices with labels (ja, en) and the sheet's questions")
    public JsonObject vocabulary() {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (EvaluationQuestion q : EvaluationQuestion.ALL) {
            questions.add(Json.createObjectBuilder().add("index", q.index()).add("stage", q.stage().name())
                    .add("number", q.number()).add("ja", q.text().ja()).add("en", q.text().en()));
        }
        return Json.createObjectBuilder()
                .add("proposalKind", Labels.of(ProposalKind.values(), CollaborationVocabulary::label))
                .add("proposalStatus", Labels.of(ProposalStatus.values(), CollaborationVocabulary::label))
                .add("supportActivity", Labels.of(SupportActivity.values(), CollaborationVocabulary::label))
                .add("ownerKind", Labels.of(OwnerKind.values(), CollaborationVocabulary::label))
                .add("origin", Labels.of(Origin.values(), CollaborationVocabulary::label))
                .add("contractType", Labels.of(ContractType.FORMS.toArray(ContractType[]::new), CollaborationVocabulary::label))
                .add("contractStatus", Labels.of(ContractStatus.values(), CollaborationVocabulary::label))
                .add("evaluationStatus", Labels.of(EvaluationStatus.values(), CollaborationVocabulary::label))
                .add("stage", Labels.of(EvaluationStage.values(), CollaborationVocabulary::label))
                .add("grade", Labels.of(Grade.values(), CollaborationVocabulary::label))
                .add("field", Labels.of(ActivityField.values(), OrganisationVocabulary::label))
                .add("questions", questions)
                .build();
    }
}
