package jp.kyodonet.web.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.kyodonet.attachment.boundary.AttachmentList;
import jp.kyodonet.attachment.boundary.AttachmentView;
import jp.kyodonet.attachment.boundary.RecordFiles;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The files of one record ({@code …/{id}/attachments}): list, upload (the request body is the file, its name in
 * {@code ?name=}), download (streamed, audit-logged) and remove. One root resource per kind of record
 * ({@link RecordPaths}) names its collection's path. The methods carry no {@code @Operation}: Payara's OpenAPI builder
 * fails on one declared in a class without a path of its own.
 */
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public abstract class RecordFilesResource {

    @Inject
    RecordFiles files;

    private final RecordKind kind;

    protected RecordFilesResource(RecordKind kind) {
        this.kind = kind;
    }

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    /** The record's files, newest first, with the limits per file and per centre. */
    public AttachmentList list(@PathParam("id") String id) {
        return files.list(kind, record(id));
    }

    @POST
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Consumes(MediaType.WILDCARD)
    /** Attach a file: the body is the file, ?name= its name (the type is found in its content). */
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam("Content-Length") String length, InputStream body) {
        AttachmentView added = files.upload(kind, record(id), name, body, declared(length));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    /** Download a file (streamed; the read is audit-logged). */
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        UUID recordId = record(id);
        UUID fileId = Params.id(attachmentId, "ファイル", "File");
        AttachmentView file = files.open(kind, recordId, fileId);
        StreamingOutput bytes = out -> {
            byte[] chunk;
            for (int seq = 0; (chunk = files.chunk(fileId, seq)).length > 0; seq++) {
                out.write(chunk);
            }
        };
        return Response.ok(bytes, file.contentType())
                .header("Content-Length", file.sizeBytes())
                .header("Content-Disposition", disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of()
                        .parseHex(file.sha256())))
                .build();
    }

    @DELETE
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Path("{attachmentId}")
    /** Remove a file (the person who added it, or a manager). */
    public Response remove(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        UUID recordId = record(id);
        files.remove(kind, recordId, Params.id(attachmentId, "ファイル", "File"));
        return Response.noContent().build();
    }

    /** Always a download (never shown in the portal's own origin), named in UTF-8 with an ASCII stand-in (RFC 6266). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long declared(String length) {
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private UUID record(String id) {
        return Params.id(id, kind.ja(), kind.en());
    }
}
