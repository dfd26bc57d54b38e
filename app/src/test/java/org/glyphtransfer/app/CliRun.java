package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.regex.Pattern;

/** One in-process run of {@code glyph}: its exit code and what it printed. */
final class CliRun {
    /** A stack-trace frame line, as {@code Throwable.printStackTrace} writes it. */
    private static final Pattern FRAME = Pattern.compile("(?m)^\\s+at \\S");

    final int code;
    final String out;
    final String err;

    private CliRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlyphMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    static boolean hasStackTrace(String text) {
        return FRAME.matcher(text).find();
    }

    /** @return the output line whose first column is {@code name}, or null */
    String row(String name) {
        return Arrays.stream(out.split("\\R"))
                .filter(l -> l.startsWith(name + " "))
                .findFirst()
                .orElse(null);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
