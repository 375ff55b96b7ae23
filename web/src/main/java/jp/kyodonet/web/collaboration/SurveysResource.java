package jp.kyodonet.web.collaboration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.boundary.SurveyService;
import jp.kyodonet.collaboration.boundary.Views;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.Origin;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 照会: the city's annual survey of its ward offices and bureaus about their collaboration projects. The division
 * (hq-analyst) opens, reminds, returns, closes and corrects; a ward office or a bureau answers its own part.
 */
@Path("collaboration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HQ_ANALYST, Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "collaboration")
public class SurveysResource {

    static final Set<String> ROW_FIELDS = Set.of("division", "name", "field", "partners", "summary", "contracted",
            "contractCount", "contractForm", "contractAmount", "origin");
    private static final Set<String> CORRECTION_FIELDS = with(ROW_FIELDS, "reason");

    @Inject
    SurveyService surveys;

    @Inject
    Validation validation;

    @GET
    @Path("surveys")
    @Operation(summary = "The city's surveys, each with the answers the caller reaches (the division: every office's)")
    public List<Views.SurveyView> list() {
        return surveys.surveys();
    }

    @POST
    @Path("surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Open a fiscal year's survey (fiscalYear, dueOn): every ward office and bureau, last year's projects carried over")
    public Response open(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Long year = fields.whole("fiscalYear");
        Forms.SurveyOpen form = validation.valid(fields, Set.of("fiscalYear", "dueOn"), new Forms.SurveyOpen(
                year == null ? null : (int) Math.max(-1, Math.min(year, 100_000)), fields.date("dueOn")));
        return Response.status(Response.Status.CREATED).entity(surveys.open(form)).build();
    }

    @GET
    @Path("surveys/{id}")
    @Operation(summary = "One survey with who has answered")
    public Views.SurveyView read(@PathParam("id") String id) {
        return surveys.surveyOf(surveyId(id));
    }

    @POST
    @Path("surveys/{id}/offices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Ask one more bureau (bureau)")
    public Views.SurveyView addBureau(@PathParam("id") String id, JsonObject body) {
        UUID surveyId = surveyId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.SurveyOffice form = validation.valid(fields, Set.of("bureau"), new Forms.SurveyOffice(fields.text("bureau")));
        return surveys.addBureau(surveyId, form);
    }

    @POST
    @Path("surveys/{id}/reminders")
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Remind every office that has not answered")
    public Views.SurveyView remind(@PathParam("id") String id) {
        return surveys.remind(surveyId(id));
    }

    @POST
    @Path("surveys/{id}/close")
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Close the survey (If-Match): its answers become the year's record")
    public Views.SurveyView close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return surveys.close(surveyId(id), Params.version(ifMatch, null));
    }

    @GET
    @Path("survey-answers/{id}")
    @Operation(summary = "One office's answer with its projects")
    public Views.AnswerView answer(@PathParam("id") String id) {
        return surveys.answerView(answerId(id));
    }

    @POST
    @Path("survey-answers/{id}/rows")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Add a project to the office's answer")
    public Response addRow(@PathParam("id") String id, JsonObject body) {
        UUID answerId = answerId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.SurveyRowForm form = validation.valid(fields, ROW_FIELDS, row(fields));
        return Response.status(Response.Status.CREATED).entity(surveys.addRow(answerId, form)).build();
    }

    @PUT
    @Path("survey-answers/{id}/rows/{row}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Confirm or change a project of the office's answer (If-Match: the row's version)")
    public Views.AnswerView editRow(@PathParam("id") String id, @PathParam("row") String row,
                                    @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID answerId = answerId(id);
        UUID rowId = rowId(row);
        JsonFields fields = JsonFields.of(body);
        Forms.SurveyRowForm form = validation.valid(fields, ROW_FIELDS, row(fields));
        return surveys.editRow(answerId, rowId, Params.version(ifMatch, null), form);
    }

    @DELETE
    @Path("survey-answers/{id}/rows/{row}")
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "The project did not run that year (If-Match: the row's version)")
    public Views.AnswerView removeRow(@PathParam("id") String id, @PathParam("row") String row,
                                      @HeaderParam("If-Match") String ifMatch) {
        return surveys.removeRow(answerId(id), rowId(row), Params.version(ifMatch, null));
    }

    @POST
    @Path("survey-answers/{id}/submit")
    @RolesAllowed({Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
    @Operation(summary = "Submit the office's answer (If-Match): every carried-over project confirmed or removed")
    public Views.AnswerView submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return surveys.submit(answerId(id), Params.version(ifMatch, null));
    }

    @POST
    @Path("survey-answers/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Return a submitted answer to its office with the reason (If-Match)")
    public Views.AnswerView giveBack(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID answerId = answerId(id);
        JsonFields fields = JsonFields.of(body);
        Forms.SurveyReturn form = validation.valid(fields, Set.of("reason"), new Forms.SurveyReturn(fields.text("reason")));
        return surveys.giveBack(answerId, Params.version(ifMatch, null), form);
    }

    @PUT
    @Path("survey-answers/{id}/rows/{row}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HQ_ANALYST)
    @Operation(summary = "Correct a project of a closed survey (the row's fields and reason; If-Match: the row's version); logged")
    public Views.AnswerView correct(@PathParam("id") String id, @PathParam("row") String row,
                                    @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID answerId = answerId(id);
        UUID rowId = rowId(row);
        JsonFields fields = JsonFields.of(body);
        Forms.SurveyCorrectionForm form = validation.valid(fields, CORRECTION_FIELDS,
                new Forms.SurveyCorrectionForm(row(fields), fields.text("reason")));
        return surveys.correct(answerId, rowId, Params.version(ifMatch, null), form);
    }

    private static Forms.SurveyRowForm row(JsonFields fields) {
        Long count = fields.whole("contractCount");
        return new Forms.SurveyRowForm(fields.text("division"), fields.text("name"), fields.choice("field", ActivityField.class),
                fields.text("partners"), fields.text("summary"), fields.truth("contracted"),
                count == null ? null : (int) Math.max(-1, Math.min(count, 100_000)), fields.choice("contractForm", ContractType.class),
                fields.whole("contractAmount"), fields.choice("origin", Origin.class));
    }

    private static Set<String> with(Set<String> fields, String more) {
        Set<String> all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }

    private static UUID surveyId(String id) {
        return Params.id(id, "照会", "Survey");
    }

    private static UUID answerId(String id) {
        return Params.id(id, "照会への回答", "Survey answer");
    }

    private static UUID rowId(String id) {
        return Params.id(id, "回答の事業", "Answered project");
    }
}
