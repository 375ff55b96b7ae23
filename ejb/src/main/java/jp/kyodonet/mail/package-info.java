/**
 * Mail: every mail is a row of the outbox written with the change that causes it, sent after commit by any server
 * and retried until the mail server takes it; what arrives for a person of a centre's staff (at once or in the daily
 * digest, as they chose); the mails to a programme's registrants.
 */
package jp.kyodonet.mail;
