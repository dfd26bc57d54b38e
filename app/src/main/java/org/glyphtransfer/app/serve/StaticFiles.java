package org.glyphtransfer.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The web page's files, read once from {@code web/} in the jar. Only the names listed here are
 * served; the request path is looked up in this map and never touches the file system.
 */
final class StaticFiles implements Routes.Route {
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"});
    /** The page loads nothing from elsewhere and runs no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Map<String, byte[]> content = new HashMap<>();

    StaticFiles() {
        for (String[] file : FILES.values()) {
            content.computeIfAbsent(file[0], StaticFiles::load);
        }
    }

    /** @return the request paths this route answers */
    static Set<String> paths() {
        return FILES.keySet();
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Request request, Response response, Callback callback) {
        String[] file = FILES.get(Request.getPathInContext(request));
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        Answers.send(response, callback, 200, file[1], content.get(file[0]));
    }
}
