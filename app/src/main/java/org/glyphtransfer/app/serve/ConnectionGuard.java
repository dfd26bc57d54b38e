package org.glyphtransfer.app.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Keeps slow and greedy clients from tying up the server. Jetty reads headers on its selectors,
 * so a half-sent request holds no thread, but it still holds a socket: this listener closes a
 * connection that has no request in progress and has not completed a new request header within
 * the header deadline (a slow-drip client that sends a byte now and then would reset an idle
 * timeout forever), and closes at once a connection that would give one address more than its
 * share of open connections.
 */
final class ConnectionGuard implements Connection.Listener {
    private final Scheduler scheduler;
    private final long headerDeadlineMillis;
    private final int maxPerAddress;
    private final ConcurrentHashMap<InetAddress, AtomicInteger> openByAddress = new ConcurrentHashMap<>();

    ConnectionGuard(Scheduler scheduler, Duration headerDeadline, int maxPerAddress) {
        this.scheduler = scheduler;
        this.headerDeadlineMillis = headerDeadline.toMillis();
        this.maxPerAddress = maxPerAddress;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address != null) {
            int open = openByAddress
                    .computeIfAbsent(address, a -> new AtomicInteger())
                    .incrementAndGet();
            if (open > maxPerAddress) {
                connection.close();
                return;
            }
        }
        watch(connection, 0);
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = address(connection);
        if (address != null) {
            openByAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** Open connections from one address, for tests and diagnostics. */
    int openFrom(InetAddress address) {
        AtomicInteger count = openByAddress.get(address);
        return count == null ? 0 : count.get();
    }

    /**
     * Checks the connection once per deadline: if no new request began since the last check and
     * none is being answered, the client is idle or dripping a header, and the connection goes.
     */
    private void watch(Connection connection, long requestsSeen) {
        scheduler.schedule(
                () -> {
                    if (!connection.getEndPoint().isOpen()) {
                        return;
                    }
                    long requests = connection.getMessagesIn();
                    boolean answering = requests > connection.getMessagesOut();
                    if (requests == requestsSeen && !answering) {
                        connection.close();
                    } else {
                        watch(connection, requests);
                    }
                },
                headerDeadlineMillis,
                TimeUnit.MILLISECONDS);
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
