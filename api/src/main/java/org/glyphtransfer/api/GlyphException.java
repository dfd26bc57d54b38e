package org.glyphtransfer.api;

/**
 * A mistake made by the user: an unknown plugin name, a bad option value, a corrupt or missing
 * file. The message is one sentence that names the thing at fault and says what would be right;
 * the command line prints it without a stack trace and exits with code 2.
 *
 * <p>Anything that is not a {@code GlyphException} is a bug in the framework or a plugin.
 */
public class GlyphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a user error.
     *
     * @param message one sentence naming the culprit and what would be right
     */
    public GlyphException(String message) {
        super(message);
    }

    /**
     * Creates a user error caused by a lower-level exception (kept for {@code --debug}).
     *
     * @param message one sentence naming the culprit and what would be right
     * @param cause the underlying exception
     */
    public GlyphException(String message, Throwable cause) {
        super(message, cause);
    }
}
