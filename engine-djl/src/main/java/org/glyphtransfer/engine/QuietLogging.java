package org.glyphtransfer.engine;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J from warning "No SLF4J providers were found" in a program that chose no logging
 * backend: the library and DJL then log nothing, silently. A program with a backend (slf4j-simple,
 * Logback, …), or one that set SLF4J's own {@code slf4j.provider} or {@code slf4j.internal.verbosity}
 * properties, is left exactly as it is.
 */
public final class QuietLogging {
    private static boolean applied;

    private QuietLogging() {}

    /** Call before anything logs; later calls do nothing. */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        if (System.getProperty("slf4j.internal.verbosity") != null || System.getProperty("slf4j.provider") != null) {
            return;
        }
        // A class literal loads LoggerFactory without initialising it, so nothing is logged yet.
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        boolean backend = ServiceLoader.load(SLF4JServiceProvider.class, loader).stream()
                .findAny()
                .isPresent();
        if (!backend) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
