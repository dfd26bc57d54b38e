package org.glyphtransfer.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests to the server's routes so that nothing reaches a client but a status and a
 * one-sentence JSON error: refusals ({@link HttpError}) keep their status, bugs become 500 and are
 * logged here, never sent. Methods a route does not allow get 405, unknown paths 404. Routes never
 * block the calling thread: they answer at once or complete the callback later.
 */
final class Routes extends Handler.Abstract.NonBlocking {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /** The work of one route: answers through {@code callback}, now or later; throws {@link HttpError} to refuse. */
    interface Route {
        void handle(Request request, Response response, Callback callback);
    }

    private record Entry(Set<String> methods, Route route) {}

    private final Map<String, Entry> byPath = new LinkedHashMap<>();
    private final Set<String> allMethods = new TreeSet<>();

    Routes add(Set<String> methods, Route route, String... paths) {
        for (String path : paths) {
            byPath.put(path, new Entry(methods, route));
        }
        allMethods.addAll(methods);
        return this;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        try {
            Entry entry = path == null ? null : byPath.get(path);
            if (entry == null && allMethods.contains(method)) {
                throw new HttpError(
                        404,
                        "Nothing is served at " + path + "; open / for the page, or post images to " + PredictRoute.PATH
                                + ".");
            }
            Set<String> allowed = entry == null ? allMethods : entry.methods();
            if (!allowed.contains(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
                throw new HttpError(
                        405,
                        "Method " + method + " is not allowed" + (entry == null ? "" : " on " + path) + "; use "
                                + String.join(" or ", allowed) + ".");
            }
            entry.route().handle(request, response, callback);
        } catch (HttpError e) {
            Answers.error(response, callback, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            fail(request, response, callback, e);
        }
        return true;
    }

    /** Answers 500 for a bug, logging it here rather than telling the client. */
    static void fail(Request request, Response response, Callback callback, Throwable e) {
        LOG.error("Request {} {} failed", request.getMethod(), Request.getPathInContext(request), e);
        if (response.isCommitted()) {
            callback.failed(e);
        } else {
            Answers.error(
                    response, callback, 500, "The server failed to handle this request; the error is in its log.");
        }
    }
}
