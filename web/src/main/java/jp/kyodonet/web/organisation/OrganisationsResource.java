package jp.kyodonet.web.organisation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodonet.organisation.boundary.HearingForm;
import jp.kyodonet.organisation.boundary.OrganisationForm;
import jp.kyodonet.organisation.boundary.OrganisationService;
import jp.kyodonet.organisation.boundary.OrganisationSummary;
import jp.kyodonet.organisation.boundary.OrganisationView;
import jp.kyodonet.organisation.boundary.RefusalForm;
import jp.kyodonet.organisation.boundary.RegistrationForm;
import jp.kyodonet.organisation.boundary.RenewalReport;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.LegalForm;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 団体登録: the organisations of the caller's centre and their registration. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "organisations", description = "団体登録 (organisations registered at the caller's centre)")
public class OrganisationsResource {

    private static final Set<String> NEW_FIELDS = Set.of("name", "legalForm", "representative", "contact", "ward",
            "activityFields", "foundedOn", "mailingConsent", "appliedOn");
    private static final Set<String> FIELDS = Set.of("name", "legalForm", "representative", "contact", "ward",
            "activityFields", "foundedOn", "mailingConsent", "version");
    private static final Set<String> HEARING_FIELDS = Set.of("collaboration", "seeds", "issues", "version");
    private static final Set<String> REGISTRATION_FIELDS = Set.of("confirmed", "registeredOn", "version");
    private static final Set<String> REFUSAL_FIELDS = Set.of("reason", "version");
    private static final Set<String> VERSION_ONLY = Set.of("version");

    @Inject
    OrganisationService organisations;

    @Inject
    Validation validation;

    @Inject
    BusinessClock clock;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the centre's organisations by name (no personal data), with filters")
    public Page<OrganisationSummary> list(@QueryParam("status") String status, @QueryParam("field") String field,
                                          @QueryParam("q") String text, @QueryParam("renewalDue") String renewalDue,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        RegistrationStatus wantedStatus = params.choice("status", status, RegistrationStatus.class);
        ActivityField wantedField = params.choice("field", field, ActivityField.class);
        String words = params.text("q", text, 100);
        boolean due = params.flag("renewalDue", renewalDue);
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        params.done();
        return organisations.list(new OrganisationService.Query(wantedStatus, wantedField, words, due,
                new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 20 : pageSize)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an organisation's application for registration")
    public Response apply(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        OrganisationForm form = validation.valid(fields, NEW_FIELDS, form(fields, true));
        OrganisationView view = organisations.apply(form);
        return tagged(Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()), view)
                .entity(view).build();
    }

    @GET
    @Path("requirements")
    @Operation(summary = "The centre's registration requirements (its own list; by default 非営利性, 自主性, 公益性)")
    public java.util.List<jp.kyodonet.tenants.RegistrationRequirement> requirements() {
        return organisations.requirements();
    }

    @GET
    @Path("renewals")
    @Operation(summary = "Renewals of the registrations that came due in a fiscal year, with the renewal rate")
    public RenewalReport renewals(@QueryParam("fiscalYear") String fiscalYear) {
        Params params = new Params();
        Integer year = params.integer("fiscalYear", fiscalYear, 1989, 2999);
        params.done();
        return organisations.renewals(year == null ? FiscalYear.of(clock.today()) : new FiscalYear(year));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one organisation with its representative and contact (audit-logged)")
    public Response read(@PathParam("id") String id) {
        OrganisationView view = organisations.read(organisationId(id));
        return tagged(Response.ok(view), view).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an organisation's details (If-Match or version required)")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        OrganisationForm form = validation.valid(fields, FIELDS, form(fields, false));
        return ok(organisations.revise(organisationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/hearing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the registration hearing (collaboration wishes, seeds, issues)")
    public Response recordHearing(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        HearingForm form = validation.valid(fields, HEARING_FIELDS, new HearingForm(fields.text("collaboration"),
                fields.text("seeds"), fields.text("issues")));
        return ok(organisations.recordHearing(organisationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register once every requirement of the centre is confirmed (confirmed: their codes; 409 naming"
            + " any unmet)")
    public Response register(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        List<String> confirmed = fields.texts("confirmed");
        RegistrationForm form = validation.valid(fields, REGISTRATION_FIELDS, new RegistrationForm(
                confirmed == null ? null : new java.util.HashSet<>(confirmed), fields.date("registeredOn")));
        return ok(organisations.register(organisationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse the application with a reason")
    public Response refuse(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        RefusalForm form = validation.valid(fields, REFUSAL_FIELDS, new RefusalForm(fields.text("reason")));
        return ok(organisations.refuse(organisationId, Params.version(ifMatch, bodyVersion), form));
    }

    @POST
    @Path("{id}/renewal")
    @Operation(summary = "Renew a registration that came due, for another cycle")
    public Response renew(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        return ok(organisations.renew(organisationId, Params.version(ifMatch, bodyVersion(body))));
    }

    @POST
    @Path("{id}/lapse")
    @Operation(summary = "Record that a registration that came due was not renewed")
    public Response lapse(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID organisationId = organisationId(id);
        return ok(organisations.lapse(organisationId, Params.version(ifMatch, bodyVersion(body))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CENTRE_MANAGER)
    @Operation(summary = "Remove an organisation entered by mistake (manager; If-Match required)")
    public Response remove(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        UUID organisationId = organisationId(id);
        organisations.remove(organisationId, Params.version(ifMatch, null));
        return Response.noContent().build();
    }

    /** An optional body with only {@code version}. */
    private static Long bodyVersion(JsonObject body) {
        if (body == null) {
            return null;
        }
        JsonFields fields = JsonFields.of(body);
        Long version = fields.whole("version");
        fields.done(VERSION_ONLY);
        return version;
    }

    private static OrganisationForm form(JsonFields fields, boolean application) {
        return new OrganisationForm(fields.text("name"), fields.choice("legalForm", LegalForm.class),
                fields.text("representative"), fields.text("contact"), fields.text("ward"),
                fields.choices("activityFields", ActivityField.class), fields.date("foundedOn"),
                fields.truth("mailingConsent"), application ? fields.date("appliedOn") : null);
    }

    private static UUID organisationId(String id) {
        return Params.id(id, "団体", "Organisation");
    }

    private static Response ok(OrganisationView view) {
        return tagged(Response.ok(view), view).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, OrganisationView view) {
        return builder.tag(new EntityTag(Long.toString(view.version())));
    }

}
