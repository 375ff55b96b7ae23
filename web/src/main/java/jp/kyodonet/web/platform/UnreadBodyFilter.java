package jp.kyodonet.web.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the rest of a request body that nobody read before the answer is written: the answers given before a body
 * is needed (401 and 403 from {@link SecurityFilter}, 404, 405, 415 from the container, a problem raised from the
 * query parameters).
 *
 * <p>Over HTTP/2 (h2c, which Java's {@code HttpClient} and curl negotiate on Payara's plain listener) a client may
 * send only as much of a body as the server's flow-control window allows (64 KiB at first); the server widens the
 * window as it reads. Grizzly neither reads an unread body nor resets the stream with {@code NO_ERROR} after an
 * early answer (RFC 9113 §8.1), so the client of a 401 to a 300 KB POST waited for a window that never opened and
 * never saw the answer; and an answer that completed before a small body's last frame arrived made that frame hit a
 * closed stream, which Grizzly answered with {@code RST_STREAM(STREAM_CLOSED)}, failing the client's request. Read
 * to its end here, the body's last frame always arrives before the answer, in both protocols.
 *
 * <p>{@link ErrorPageServlet} does the same for the answers the container gives before the application sees the
 * request (a token that fails verification). At most {@value #LIMIT} bytes are read: more than any body this API takes (uploads are 10 MB at most); past that
 * the connection is left to the container to close.
 */
@Provider
@Priority(Integer.MAX_VALUE) // after every other response filter: the answer is decided, only its writing is left
public class UnreadBodyFilter implements ContainerResponseFilter {

    static final long LIMIT = 16L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        InputStream body;
        try {
            if (!request.hasEntity()) {
                return;
            }
            body = request.getEntityStream();
        } catch (IllegalStateException alreadyRead) { // a reader consumed and closed it: nothing is left
            return;
        }
        readRest(body);
    }

    /** Reads what is left of {@code body}, at most {@value #LIMIT} bytes; a client gone away ends it quietly. */
    static void readRest(InputStream body) {
        try {
            long left = LIMIT;
            byte[] buffer = new byte[16 * 1024];
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the stream was closed: the answer is written or dropped by the container as usual
        }
    }
}
