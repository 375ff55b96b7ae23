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
    @Operation(summary = "The centre's audit log, newest first")
    public Page<AuditRecord> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        Integer pageNumber = params.integer("page", page, 0, 100_000);
        Integer pageSize = params.integer("size", size, 1, 100);
        params.done();
        return audit.recent(new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? 50 : pageSize));
    }
}
