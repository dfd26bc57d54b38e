package org.glyphtransfer.app;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.UserPaths;

/**
 * Turns a command-line argument into a {@link Path}. A name the file system cannot take (one the
 * platform's file-name encoding cannot spell, as {@code é€字.png} under {@code LANG=C}, or one
 * holding a NUL character) is a user error naming the argument, not an {@code InvalidPathException}.
 */
final class PathArgument {
    private PathArgument() {}

    static Path convert(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            String encoding = System.getProperty(
                    "sun.jnu.encoding", Charset.defaultCharset().name());
            String reason = argument.indexOf('\0') >= 0
                    ? "it holds a NUL character"
                    : "this system's file-name encoding (" + encoding + ") cannot spell it; run glyph with a UTF-8"
                            + " locale, e.g. LANG=C.UTF-8";
            throw new GlyphException("The path " + UserPaths.show(argument) + " cannot be used: " + reason + ".", e);
        }
    }
}
