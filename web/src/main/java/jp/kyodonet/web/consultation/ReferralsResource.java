package jp.kyodonet.web.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.consultation.boundary.DeclineForm;
import jp.kyodonet.consultation.boundary.ReferralService;
import jp.kyodonet.consultation.boundary.ReferralView;
import jp.kyodonet.consultation.control.ReferralRepository;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/**
 * 紹介: referrals between centres, as the caller's centre sees them (sent or received). Sending is on the
 * consultation ({@code POST /consultations/{id}/referrals}).
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "referrals", description = "センター間の紹介 (referrals between centres)")
public class ReferralsResource {

    private static final Set<String> DECLINE_FIELDS = Set.of("reason");

    @Inject
    ReferralService referrals;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "The centre's incoming (box=incoming, default) or outgoing referrals, newest first, no personal data")
    public Page<ReferralView> list(@QueryParam("box") String box, @QueryParam("status") String status,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        ReferralRepository.Box wantedBox = params.choice("box", box == null ? null : box.toUpperCase(),
                ReferralRepository.Box.class);
        ReferralStatus wantedStatus = params.choice("status", status, ReferralStatus.class);
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        params.done();
        return referrals.list(wantedBox == null ? ReferralRepository.Box.INCOMING : wantedBox, wantedStatus,
                new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 20 : pageSize));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One referral; the requester's contact only with consent (that read is audit-logged)")
    public ReferralView read(@PathParam("id") String id) {
        return referrals.read(referralId(id));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "The receiving centre accepts: its own linked consultation is opened (once)")
    public ReferralView accept(@PathParam("id") String id) {
        return referrals.accept(referralId(id));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The receiving centre declines with a reason")
    public ReferralView decline(@PathParam("id") String id, JsonObject body) {
        UUID referralId = referralId(id);
        JsonFields fields = JsonFields.of(body);
        DeclineForm form = validation.valid(fields, DECLINE_FIELDS, new DeclineForm(fields.text("reason")));
        return referrals.decline(referralId, form);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "The sending centre withdraws a referral not yet answered")
    public ReferralView withdraw(@PathParam("id") String id) {
        return referrals.withdraw(referralId(id));
    }

    private static UUID referralId(String id) {
        return Params.id(id, "紹介", "Referral");
    }
}
