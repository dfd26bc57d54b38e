package org.glyphtransfer.app.serve;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glyphtransfer.transfer.store.FiniteJson;

/** Reading bounded request bodies and writing JSON or static responses on a JDK {@link HttpExchange}. */
final class Exchanges {
    static final Gson JSON = FiniteJson.builder().disableHtmlEscaping().create();

    private Exchanges() {}

    /**
     * Reads the whole body, refusing more than {@code limit} bytes with 413. The refused bytes are
     * still read and dropped, up to four times the limit, because a client whose upload is cut off
     * by a closed connection may never see the answer; beyond that the answer goes out at once and
     * the connection is dropped.
     */
    static byte[] readBody(HttpExchange exchange, long limit) throws IOException {
        long drainLimit = 4 * limit;
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "Content-Length '" + declared + "' is not a number.", true);
            }
            if (length > limit) {
                boolean drained = length <= drainLimit && drain(in, length);
                throw tooLarge(length, limit, !drained);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (body.size() + (long) n > limit) {
                throw tooLarge(-1, limit, !drain(in, drainLimit - body.size() - n));
            }
            body.write(buffer, 0, n);
        }
        in.close();
        return body.toByteArray();
    }

    /** Reads and drops at most {@code atMost} bytes; true when the body ended within them. */
    private static boolean drain(InputStream in, long atMost) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = atMost; left >= 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
            if (n < 0) {
                return true;
            }
            left -= n;
        }
        return false;
    }

    private static HttpError tooLarge(long length, long limit, boolean dropConnection) {
        String size = length < 0 ? "more than " + megabytes(limit) : megabytes(length);
        return new HttpError(
                413,
                "The upload is " + size + ", over the limit of " + megabytes(limit)
                        + "; send a smaller image (a letter needs well under 1 MB).",
                dropConnection);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Sends {@code {"error": message, "status": status}}. */
    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        if (status == 413 || status == 503) {
            // Unread upload bytes may still be on the wire; a fresh connection is safer than reusing this one.
            exchange.getResponseHeaders().set("Connection", "close");
        }
        if (status == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        sendJson(exchange, status, body);
    }

    /**
     * Sends the error and flushes it without closing the exchange: closing would first wait for
     * the rest of an upload the server has refused.
     */
    static void sendErrorAndKeepStreamsOpen(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
    }

    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(
                exchange,
                status,
                "application/json; charset=utf-8",
                JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** The value of one query parameter, or null; the query is only ever parsed, never used as a path. */
    static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
