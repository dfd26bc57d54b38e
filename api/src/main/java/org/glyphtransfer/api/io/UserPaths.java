package org.glyphtransfer.api.io;

import java.nio.file.Path;

/**
 * Shows a user's file name inside a one-line message. An ordinary name is shown as it is; a name
 * holding a line break, a tab or another invisible control character is shown in single quotes
 * with that character escaped ({@code 'a\nb.png'}), so the message stays on one line and the user
 * can tell which file is meant.
 */
public final class UserPaths {
    private UserPaths() {}

    /**
     * @param path a path the user gave or a file found in their folders; may be null
     * @return the path, quoted and escaped when it holds characters that would garble a message
     */
    public static String show(Path path) {
        return show(path == null ? null : path.toString());
    }

    /**
     * @param name a file name or path as text; may be null
     * @return the name, quoted and escaped when it holds characters that would garble a message
     */
    public static String show(String name) {
        if (name == null) {
            return "(none)";
        }
        if (name.codePoints().noneMatch(UserPaths::needsEscape)) {
            return name;
        }
        StringBuilder b = new StringBuilder("'");
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                default -> {
                    if (needsEscape(c)) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('\'').toString();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED;
    }
}
