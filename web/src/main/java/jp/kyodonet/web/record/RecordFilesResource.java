package jp.kyodonet.web.record;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The files of one record ({@code …/{id}/attachments}): list, upload (the request body is the file, its name in
 * {@code ?name=}), download (streamed, audit-logged) and remove.
 */
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
public class RecordFilesResource {

    private final RecordFiles files;
    private final RecordKind kind;
    private final String recordId;

    RecordFilesResource(RecordFiles files, RecordKind kind, String recordId) {
        this.files = files;
        this.kind = kind;
        this.recordId = recordId;
    }

    @GET
    @Operation(summary = "The record's files, newest first, with the limits per file and per centre")
    public AttachmentList list() {
        return files.list(kind, record());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file: the body is the file, ?name= its name (its type is found in its content;"
            + " 10 MB per file and a limit per centre by default)")
    public Response upload(@QueryParam("name") String name, @HeaderParam("Content-Length") String length, InputStream body) {
        AttachmentView added = files.upload(kind, record(), name, body, declared(length));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file (streamed; the read is audit-logged)")
    public Response download(@PathParam("attachmentId") String attachmentId) {
        UUID id = Params.id(attachmentId, "ファイル", "File");
        AttachmentView file = files.open(kind, record(), id);
        StreamingOutput bytes = out -> {
            byte[] chunk;
            for (int seq = 0; (chunk = files.chunk(id, seq)).length > 0; seq++) {
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
    @Path("{attachmentId}")
    @Operation(summary = "Remove a file (the person who added it, or a manager)")
    public Response remove(@PathParam("attachmentId") String attachmentId) {
        files.remove(kind, record(), Params.id(attachmentId, "ファイル", "File"));
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

    private UUID record() {
        return RecordParts.recordId(kind, recordId);
    }
}
