package org.glyphtransfer.app.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler so that nothing reaches the client but a status and a one-sentence JSON error:
 * refusals ({@link HttpError}) keep their status, bugs become 500 and are logged here, never sent.
 * Also answers methods the route does not allow with 405.
 */
final class GuardedHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedHandler.class);

    /** The work of one route. */
    interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final Set<String> methods;
    private final Route route;

    GuardedHandler(Set<String> methods, Route route) {
        this.methods = methods;
        this.route = route;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            if (!methods.contains(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
                throw new HttpError(
                        405,
                        "Method " + exchange.getRequestMethod() + " is not allowed on "
                                + exchange.getRequestURI().getPath() + "; use " + String.join(" or ", methods) + ".");
            }
            route.handle(exchange);
        } catch (HttpError e) {
            if (e.dropConnection()) {
                dropAfter(exchange, e);
            }
            reply(exchange, e.status(), e.getMessage());
        } catch (IOException e) {
            // The client went away or timed out; there is nobody left to answer.
            exchange.close();
        } catch (RuntimeException | Error e) {
            LOG.error(
                    "Request {} {} failed",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    e);
            reply(exchange, 500, "The server failed to handle this request; the error is in its log.");
            if (e instanceof Error err && !(err instanceof OutOfMemoryError)) {
                throw err;
            }
        }
    }

    /**
     * Answers, then drops the connection without reading what the client is still sending: the
     * JDK server closes the connection of a handler that throws, while closing the exchange would
     * wait for the unread upload.
     */
    private static void dropAfter(HttpExchange exchange, HttpError e) {
        try {
            Exchanges.sendErrorAndKeepStreamsOpen(exchange, e.status(), e.getMessage());
        } catch (IOException | RuntimeException ignored) {
            // The connection goes away below either way.
        }
        throw new DroppedConnection();
    }

    /** Thrown out of a handler to make the JDK server close the connection. */
    static final class DroppedConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("connection dropped after the answer", null, false, false);
        }
    }

    private static void reply(HttpExchange exchange, int status, String message) {
        try {
            Exchanges.sendError(exchange, status, message);
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }
}
