package jp.kyodonet.consultation.boundary;

/** The result of a create: the consultation, and whether this request created it or found an earlier submission. */
public record Submission(ConsultationView consultation, boolean created) {
}
