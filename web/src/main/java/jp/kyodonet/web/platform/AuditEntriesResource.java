package jp.kyodonet.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditFilter;
import jp.kyodonet.platform.audit.AuditRecord;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The centre's audit log: who read personal data or changed which record (centre managers). */
@Path("audit-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CENTRE_MANAGER)
@SecurityRequirement(name = "jwt")
@Tag(name = "audit", description = "閲覧・変更の記録 (audit log)")
public class AuditEntriesResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "The centre's audit log, newest first; narrowed by person, action, kind of record, record and days")
    public Page<AuditRecord> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        Params params = new Params();
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        String who = params.text("actor", actor, 100);
        AuditEntry.Action what = params.choice("action", action, AuditEntry.Action.class);
        String type = params.text("recordType", recordType, 64);
        java.time.LocalDate since = params.date("from", from);
        java.time.LocalDate until = params.date("to", to);
        java.util.UUID record = params.uuid("recordId", recordId);
        params.done();
        return audit.recent(new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 50 : pageSize),
                new AuditFilter(who, what, type == null || type.isBlank() ? null : type, record, since, until));
    }
}
