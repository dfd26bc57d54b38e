package org.glyphtransfer.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web page's files, read once from {@code web/} in the jar. Only the names listed here are
 * served; the request path is looked up in this map and never touches the file system.
 */
final class StaticFiles implements GuardedHandler.Route {
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"});
    /** The page loads nothing from elsewhere and runs no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Map<String, byte[]> content = new java.util.HashMap<>();

    StaticFiles() {
        for (String[] file : FILES.values()) {
            content.computeIfAbsent(file[0], StaticFiles::load);
        }
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
    public void handle(HttpExchange exchange) throws IOException {
        String[] file = FILES.get(exchange.getRequestURI().getPath());
        if (file == null) {
            throw new HttpError(
                    404, "Nothing is served at " + exchange.getRequestURI().getPath() + "; open / for the page.");
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Exchanges.send(exchange, 200, file[1], content.get(file[0]));
    }
}
