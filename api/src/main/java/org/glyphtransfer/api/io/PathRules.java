package org.glyphtransfer.api.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * The rule that a command never writes over what it reads: an output path that is, contains or
 * lies inside one of its inputs is refused before anything is read or written. Paths are compared
 * as the file system sees them: relative paths, {@code .} and {@code ..}, symbolic links and
 * trailing slashes all resolve to the same real path, and a part that does not exist yet is
 * taken as written below the real path of the part that does.
 *
 * <pre>{@code
 * PathRules.requireApart("--out", out, Map.of("the source model folder", source));
 * }</pre>
 */
public final class PathRules {
    private PathRules() {}

    /**
     * Refuses an output that is, contains or lies inside any of the inputs.
     *
     * @param outputOption the option or setting that named the output, e.g. {@code --out}
     * @param output the output file or folder; nothing is checked when null
     * @param inputs what each input is (e.g. "the source model folder") and its path; null paths are skipped
     * @throws GlyphException naming the option, the output and the input it collides with
     */
    public static void requireApart(String outputOption, Path output, Map<String, Path> inputs) {
        check(outputOption, output, inputs, true);
    }

    /**
     * Refuses an output that is or contains any of the given folders; an output inside them is
     * allowed. For folders that hold inputs beside room for outputs, such as the data root.
     *
     * @param outputOption the option or setting that named the output
     * @param output the output file or folder; nothing is checked when null
     * @param folders what each folder is and its path; null paths are skipped
     * @throws GlyphException naming the option, the output and the folder
     */
    public static void requireNotAbove(String outputOption, Path output, Map<String, Path> folders) {
        check(outputOption, output, folders, false);
    }

    private static void check(String option, Path output, Map<String, Path> inputs, boolean inside) {
        if (output == null) {
            return;
        }
        Path out = real(output);
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            if (input.getValue() == null) {
                continue;
            }
            Path in = real(input.getValue());
            String relation = out.equals(in)
                    ? "is"
                    : in.startsWith(out) ? "contains" : inside && out.startsWith(in) ? "lies inside" : null;
            if (relation != null) {
                throw new GlyphException(option + " " + output + " " + relation + " " + input.getKey() + " "
                        + input.getValue() + ", which this command reads; glyph never writes over its inputs, so "
                        + "choose another " + option + ".");
            }
        }
    }

    /**
     * The path as the file system sees it: the real path of the longest part that exists (links
     * followed), with the missing rest appended and normalised.
     *
     * @param path a path, relative to the working folder or absolute
     * @return the absolute, real path
     */
    public static Path real(Path path) {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            if (existing.getFileName() != null) {
                missing.push(existing.getFileName());
            }
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? path.toAbsolutePath().getRoot() : existing.toRealPath();
        } catch (IOException e) {
            real = existing.normalize();
        }
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real.normalize();
    }
}
