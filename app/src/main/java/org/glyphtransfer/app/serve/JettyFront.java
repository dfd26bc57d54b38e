package org.glyphtransfer.app.serve;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glyphtransfer.api.GlyphException;

/**
 * The Jetty server in front of the routes: one HTTP/1.1 connector on selectors (a half-sent
 * request holds no thread), the connection guard, a cap on all connections, JSON for what Jetty
 * refuses itself, and no server version in the answers.
 */
final class JettyFront {
    /** How long connections may idle or stall, and how many may be open. */
    record ConnectionLimits(Duration headerTimeout, Duration idleTimeout, int perAddress, int total) {}

    private JettyFront() {}

    /**
     * Binds and starts.
     *
     * @throws GlyphException when the port is taken or the address cannot be bound
     */
    static Started start(InetSocketAddress address, ConnectionLimits limits, Handler routes) {
        QueuedThreadPool threads = new QueuedThreadPool(16, 4);
        threads.setName("glyph-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(64);
        connector.addBean(new ConnectionGuard(connector.getScheduler(), limits.headerTimeout(), limits.perAddress()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.total(), server));
        server.setErrorHandler(new JsonErrorHandler());
        // Running requests get a second to finish when the server stops.
        server.setStopTimeout(1000);
        server.setHandler(routes);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw startFailure(address, e);
        }
        return new Started(server, connector);
    }

    /** A running server and the connector whose port it got. */
    record Started(Server server, ServerConnector connector) {}

    private static GlyphException startFailure(InetSocketAddress address, Exception e) {
        String where = address.getAddress().getHostAddress() + ":" + address.getPort();
        if (e instanceof BindException || e.getCause() instanceof BindException) {
            return new GlyphException(
                    "Port " + address.getPort() + " on " + address.getAddress().getHostAddress() + " is taken ("
                            + e.getMessage() + "); pick another with --port, or 0 for any free port.",
                    e);
        }
        return new GlyphException("Cannot listen on " + where + " (" + e.getMessage() + ").", e);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // The start failure is what the user needs to see.
        }
    }
}
