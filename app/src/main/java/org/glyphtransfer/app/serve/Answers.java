package org.glyphtransfer.app.serve;

import com.google.gson.Gson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.glyphtransfer.transfer.store.FiniteJson;

/** Writing the server's answers: JSON bodies, the one-sentence JSON error, and static files. */
final class Answers {
    /** Never writes NaN or Infinity, which are not JSON. */
    static final Gson JSON = FiniteJson.builder().disableHtmlEscaping().create();

    private Answers() {}

    static void json(Response response, Callback callback, int status, Object body) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(
                response,
                callback,
                status,
                "application/json; charset=utf-8",
                JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code {"error": message, "status": status}}. */
    static void error(Response response, Callback callback, int status, String message) {
        if (status == 408 || status == 413 || status == 503) {
            // Unread upload bytes may still be on the wire; a fresh connection is safer than reusing this one.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        json(response, callback, status, errorBody(status, message));
    }

    static Map<String, Object> errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        return body;
    }

    static void send(Response response, Callback callback, int status, String contentType, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
