package jp.kyodonet.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception leaving a resource becomes {@code application/problem+json}: refusals with their
 * status and bilingual messages, bad JSON and invalid fields as 400 naming the field, and anything
 * unexpected as a 500 that carries an incident id and never a stack trace or SQL.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Throwable cause = meaningfulCause(thrown);
        if (cause instanceof DomainException refusal) {
            DomainException.Kind kind = refusal.kind();
            return Problems.response(kind.status(), kind.type(), kind.title(), refusal.detail(), refusal.fieldErrors(),
                    instance);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            var errors = Violations.toFieldErrors(invalid.getConstraintViolations());
            DomainException refusal = DomainException.invalidInput(errors);
            return Problems.response(400, "invalid-input", refusal.kind().title(), refusal.detail(), errors, instance);
        }
        if (cause instanceof OptimisticLockException) {
            DomainException stale = DomainException.staleVersion();
            return Problems.response(412, "stale-version", stale.kind().title(), stale.detail(), List.of(), instance);
        }
        if (isDuplicateKey(cause)) {
            return Problems.response(409, "conflict", DomainException.Kind.CONFLICT.title(), new Message(
                    "同じ記録が同時に作られました。最新の内容を読み込んでからやり直してください。",
                    "The same record was created at the same time. Reload and try again."), List.of(), instance);
        }
        if (cause instanceof EJBAccessException) {
            return Problems.forbidden(new Message("この操作の権限がありません", "Your role does not allow this"), instance);
        }
        if (cause instanceof JsonException || cause instanceof JsonbException) {
            return Problems.response(400, "malformed-json", new Message("JSON の形式が正しくありません", "Malformed JSON"),
                    new Message("リクエスト本文を JSON として読めません", "The request body is not valid JSON"), List.of(),
                    instance);
        }
        if (cause instanceof WebApplicationException web) {
            return fromStatus(web, instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " at " + instance, thrown);
        return Problems.response(500, "internal-error", new Message("システムエラーが発生しました", "Internal error"),
                new Message("問題が発生しました。管理者に次の番号をお伝えください: " + incident,
                        "Something went wrong. Please give this incident id to the administrator: " + incident),
                List.of(), instance);
    }

    private static Response fromStatus(WebApplicationException web, String instance) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotAuthorizedException) {
            return Problems.unauthorized(new Message("ログインしてください", "Please sign in"), instance);
        }
        if (web instanceof NotFoundException) {
            return Problems.response(404, "not-found", new Message("見つかりません", "Not found"),
                    new Message("指定されたリソースはありません", "No such resource"), List.of(), instance);
        }
        if (web instanceof NotAllowedException) {
            return Problems.response(405, "method-not-allowed", new Message("この操作はできません", "Method not allowed"),
                    new Message("このURLではこのHTTPメソッドは使えません", "This URL does not accept this HTTP method"),
                    List.of(), instance);
        }
        if (web instanceof NotSupportedException) {
            return Problems.response(415, "unsupported-media-type",
                    new Message("対応していない形式です", "Unsupported media type"),
                    new Message("本文は application/json で送ってください", "Send the body as application/json"),
                    List.of(), instance);
        }
        if (web instanceof NotAcceptableException) {
            return Problems.response(406, "not-acceptable", new Message("応答形式に対応できません", "Not acceptable"),
                    new Message("このAPIは application/json で応答します", "This API answers application/json"),
                    List.of(), instance);
        }
        if (status == 400) {
            return Problems.response(400, "bad-request", new Message("リクエストが正しくありません", "Bad request"),
                    new Message("リクエストを読めません", "The request cannot be read"), List.of(), instance);
        }
        return Problems.response(status, "http-" + status, new Message("エラー " + status, "Error " + status),
                new Message("リクエストを処理できませんでした", "The request could not be processed"), List.of(), instance);
    }

    /** Looks through container wrappers (EJB, transaction, JAX-RS processing) for the exception that means something. */
    static Throwable meaningfulCause(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 12; depth++) {
            if (isDuplicateKey(current) || current instanceof DomainException || current instanceof ConstraintViolationException
                    || current instanceof OptimisticLockException || current instanceof EJBAccessException
                    || current instanceof JsonException || current instanceof JsonbException) {
                return current;
            }
            Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
            if (next == null || next == current) {
                break;
            }
            current = next;
        }
        return thrown;
    }

    /** A unique or primary key refused a row another request wrote first (SQL state class 23). */
    static boolean isDuplicateKey(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
