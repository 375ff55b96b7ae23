package jp.kyodonet.web.network;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.network.entity.AgendaKind;
import jp.kyodonet.network.entity.AttendeeRole;
import jp.kyodonet.network.entity.CaseSource;
import jp.kyodonet.network.entity.CaseStatus;
import jp.kyodonet.network.entity.MeetingFormat;
import jp.kyodonet.network.entity.NetworkVocabulary;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.network.entity.SupportStatus;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.OrganisationVocabulary;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of the network with their labels. */
@Path("network-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class NetworkVocabularyResource {

    @GET
    @Operation(summary = "Case, meeting, action and support choices with labels (ja, en)")
    public JsonObject vocabulary() {
        return Json.createObjectBuilder()
                .add("caseStatus", Labels.of(CaseStatus.values(), NetworkVocabulary::label))
                .add("caseSource", Labels.of(CaseSource.values(), NetworkVocabulary::label))
                .add("sector", Labels.of(PartnerSector.values(), NetworkVocabulary::label))
                .add("field", Labels.of(ActivityField.values(), OrganisationVocabulary::label))
                .add("meetingFormat", Labels.of(MeetingFormat.values(), NetworkVocabulary::label))
                .add("agendaKind", Labels.of(AgendaKind.values(), NetworkVocabulary::label))
                .add("attendeeRole", Labels.of(AttendeeRole.values(), NetworkVocabulary::label))
                .add("actionStatus", Labels.of(ActionStatus.values(), NetworkVocabulary::label))
                .add("supportStatus", Labels.of(SupportStatus.values(), NetworkVocabulary::label))
                .build();
    }
}
