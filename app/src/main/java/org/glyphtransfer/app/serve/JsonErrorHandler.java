package org.glyphtransfer.app.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before a route sees it (a request line or header that is not HTTP, an
 * oversized header, an unparsable Content-Length) in the same one-sentence JSON as every other
 * refusal, instead of Jetty's HTML page. Jetty's reason is kept only when it is plain words, so no
 * class name or stack detail reaches the client.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 :=,'_-]{1,80}");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null;
        Answers.error(response, callback, status, sentence(status, reason));
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        fields.put(HttpHeader.CONNECTION, "close");
        String body = Answers.JSON.toJson(Answers.errorBody(status, sentence(status, reason)));
        return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }

    static String sentence(int status, String reason) {
        String detail = reason != null && PLAIN.matcher(reason).matches() ? " (" + reason + ")" : "";
        return switch (status) {
            case 400 ->
                "The request is not valid HTTP" + detail
                        + "; send GET / for the page or POST /api/predict with an image as the body.";
            case 413, 431 ->
                "The request's header or body is too large" + detail
                        + "; send a single image of at most the server's upload limit.";
            case 408 -> "The request took too long to arrive; send it again in one go.";
            default ->
                "The server could not answer this request: " + status + " " + HttpStatus.getMessage(status) + ".";
        };
    }
}
