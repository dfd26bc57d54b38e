package org.glyphtransfer.app;

import java.io.PrintWriter;
import org.glyphtransfer.api.GlyphException;
import picocli.CommandLine;

/**
 * Entry point of the {@code glyph} command line. A user error ({@link GlyphException}) prints one
 * sentence and exits with code 2; {@code --debug} adds the stack trace. Anything else is a bug:
 * it prints the trace and exits with code 1.
 */
public final class GlyphMain {
    /** Exit code of a user error. */
    public static final int USER_ERROR = 2;

    /** When the JVM reached glyph's code, for {@code --profile}'s start-up figure. */
    static final long ENTERED_MILLIS = System.currentTimeMillis();

    private GlyphMain() {}

    /**
     * Runs {@code glyph} and exits the JVM with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs {@code glyph} in this JVM, for tests and embedding.
     *
     * @param args command-line arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        GlyphCommand root = new GlyphCommand();
        CommandLine cl = new CommandLine(root);
        // Added first, so that the writers and converters set below reach them too.
        for (CommandExtension extension : java.util.ServiceLoader.load(CommandExtension.class)) {
            cl.addSubcommand(extension.command());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(java.nio.file.Path.class, PathArgument::convert);
        cl.setParameterExceptionHandler((ex, argv) -> {
            GlyphException user = userError(ex);
            if (user != null) {
                err.println("glyph: " + user.getMessage());
                return USER_ERROR;
            }
            err.println("glyph: " + ex.getMessage().replaceAll("\\s+$", "") + endSentence(ex.getMessage()) + " Try '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            GlyphException user = userError(ex);
            if (user != null) {
                err.println("glyph: " + user.getMessage());
                if (root.debug()) {
                    user.printStackTrace(err);
                }
                return USER_ERROR;
            }
            err.println("glyph: unexpected error (this is a bug, please report it with the trace below): " + ex);
            ex.printStackTrace(err);
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String endSentence(String message) {
        String trimmed = message.trim();
        return trimmed.endsWith(".") ? "" : ".";
    }

    /** Finds a user error anywhere in the cause chain (engines and executors wrap exceptions). */
    static GlyphException userError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof GlyphException) {
                return (GlyphException) c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
