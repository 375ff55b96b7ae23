package jp.kyodonet.mail.control;

/** A mail was written to the outbox in the current transaction: once it commits, a sender looks at once. */
public record MailQueued(String id) {
}
