package org.glyphtransfer.app.serve;

import java.time.Duration;

/**
 * Request timeouts of the JDK's HTTP server. It has no API for them, only the system properties
 * {@code sun.net.httpserver.maxReqTime} (headers and body must arrive within it, which stops
 * slow-drip clients) and {@code maxRspTime} (the answer must be sent within it), read once, when
 * the first server of the JVM starts. Values the user set on the command line win.
 */
final class JdkServerTimeouts {
    static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    static final String MAX_RESPONSE_TIME = "sun.net.httpserver.maxRspTime";

    private JdkServerTimeouts() {}

    static synchronized void apply(Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Long.toString(seconds));
        }
        if (System.getProperty(MAX_RESPONSE_TIME) == null) {
            // The answer includes waiting for a worker, which has its own timeout; leave room for it.
            System.setProperty(MAX_RESPONSE_TIME, Long.toString(2 * seconds + 5));
        }
    }
}
