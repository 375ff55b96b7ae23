package jp.kyodonet.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jp.kyodonet.attachment.entity.RecordKind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The paths of records' files and comments, each a root resource of its own below its collection (a root path with
 * more literal characters is matched before the collection's own resource).
 */
public final class RecordPaths {

    private RecordPaths() {
    }

    @Path("consultations/{id}/attachments")
    @RequestScoped
    @Tag(name = "files", description = "記録の添付ファイル (files of a centre's records)")
    public static class ConsultationFiles extends RecordFilesResource {
        public ConsultationFiles() {
            super(RecordKind.CONSULTATION);
        }
    }

    @Path("organisations/{id}/attachments")
    @RequestScoped
    @Tag(name = "files")
    public static class OrganisationFiles extends RecordFilesResource {
        public OrganisationFiles() {
            super(RecordKind.ORGANISATION);
        }
    }

    @Path("collaboration/proposals/{id}/attachments")
    @RequestScoped
    @Tag(name = "files")
    public static class ProposalFiles extends RecordFilesResource {
        public ProposalFiles() {
            super(RecordKind.PROPOSAL);
        }
    }

    @Path("collaboration/contracts/{id}/attachments")
    @RequestScoped
    @Tag(name = "files")
    public static class ContractFiles extends RecordFilesResource {
        public ContractFiles() {
            super(RecordKind.CONTRACT);
        }
    }

    @Path("network/cases/{id}/attachments")
    @RequestScoped
    @Tag(name = "files")
    public static class CaseFiles extends RecordFilesResource {
        public CaseFiles() {
            super(RecordKind.CASE);
        }
    }

    @Path("consultations/{id}/comments")
    @RequestScoped
    @Tag(name = "comments", description = "記録へのコメント (colleagues' comments on a centre's records)")
    public static class ConsultationComments extends RecordCommentsResource {
        public ConsultationComments() {
            super(RecordKind.CONSULTATION);
        }
    }

    @Path("organisations/{id}/comments")
    @RequestScoped
    @Tag(name = "comments")
    public static class OrganisationComments extends RecordCommentsResource {
        public OrganisationComments() {
            super(RecordKind.ORGANISATION);
        }
    }

    @Path("collaboration/proposals/{id}/comments")
    @RequestScoped
    @Tag(name = "comments")
    public static class ProposalComments extends RecordCommentsResource {
        public ProposalComments() {
            super(RecordKind.PROPOSAL);
        }
    }

    @Path("collaboration/contracts/{id}/comments")
    @RequestScoped
    @Tag(name = "comments")
    public static class ContractComments extends RecordCommentsResource {
        public ContractComments() {
            super(RecordKind.CONTRACT);
        }
    }
}
