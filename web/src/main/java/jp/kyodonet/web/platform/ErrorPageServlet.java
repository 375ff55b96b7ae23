package jp.kyodonet.web.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kyodonet.platform.error.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors raised by the container rather than by a resource (a token that fails verification, an unknown
 * path, an uncaught error) are answered as problem+json too, never as an HTML page with a stack trace.
 * Mapped as the error page of every status in web.xml.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            UnreadBodyFilter.readRest(request.getInputStream()); // see UnreadBodyFilter: the answer must follow the body
        } catch (IllegalStateException readAsText) {
            // the body was read through a Reader: nothing is left unread
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Message title;
        Message detail;
        switch (status) {
            case 401 -> {
                title = new Message("認証が必要です", "Authentication required");
                detail = new Message("トークンが無効です（署名・発行者・対象・有効期限を確認してください）",
                        "The token is not valid (check signature, issuer, audience and expiry)");
            }
            case 403 -> {
                title = new Message("この操作の権限がありません", "Not allowed");
                detail = new Message("この操作は許可されていません", "This is not allowed");
            }
            case 404 -> {
                title = new Message("見つかりません", "Not found");
                detail = new Message("指定されたページやリソースはありません", "No such page or resource");
            }
            case 405 -> {
                title = new Message("この操作はできません", "Method not allowed");
                detail = new Message("このURLではこのHTTPメソッドは使えません", "This URL does not accept this HTTP method");
            }
            default -> {
                title = status >= 500 ? new Message("システムエラーが発生しました", "Internal error")
                        : new Message("リクエストを処理できません", "The request cannot be processed");
                detail = new Message("エラー " + status, "Error " + status);
            }
        }
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(Problems.body(status, status == 401 ? "unauthorized" : "http-" + status, title, detail,
                List.of(), uri == null ? null : uri.toString()).toString());
    }
}
