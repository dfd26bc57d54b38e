package org.glyphtransfer.spark.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.glyphtransfer.api.GlyphException;

/**
 * A Spark master URL, checked before a session is started: its form, and for a standalone master
 * ({@code spark://host:port}) that something answers on that port within a few seconds, because
 * Spark itself would retry the registration for a minute before giving up.
 */
public final class MasterUrl {
    /** How long a standalone master may take to accept a connection. */
    static final int CONNECT_TIMEOUT_MS = 3000;

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");

    private MasterUrl() {}

    /**
     * @param master e.g. {@code local[*]}, {@code local[2]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…}
     * @throws GlyphException when the URL has no known form, or a standalone master does not answer
     */
    public static void check(String master) {
        if (LOCAL.matcher(master).matches() || master.equals("yarn") || master.startsWith("k8s://")) {
            return;
        }
        if (!master.startsWith("spark://")) {
            throw new GlyphException("--master '" + master
                    + "' is no Spark master URL; use local[*], local[N], spark://HOST:PORT, yarn or k8s://….");
        }
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            checkReachable(master, hostPort);
        }
    }

    private static void checkReachable(String master, String hostPort) {
        URI uri;
        try {
            uri = new URI("spark://" + hostPort);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getPort() < 0) {
            throw new GlyphException("--master '" + master
                    + "' does not name a host and port; use spark://HOST:PORT, e.g. spark://head:7077.");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            throw new GlyphException("Spark master " + master + " cannot be reached at " + hostPort + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); start the master or pass --master local[*] to run on this machine.");
        }
    }
}
