package org.glyphtransfer.app.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.UserPaths;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML of an experiment or sweep file: at most {@link #MAX_BYTES} of UTF-8 text, holding
 * only plain values (text, numbers, true/false), lists and sections. A larger file is refused
 * before it is parsed; a {@code !!binary}, {@code !!set}, {@code !!omap} or {@code !!pairs} value
 * is refused naming its line; a date is read as the text it is written as.
 */
public final class YamlFiles {
    /** The largest experiment or sweep file read: 1 MiB, far above any real one. */
    public static final int MAX_BYTES = 1 << 20;

    private YamlFiles() {}

    /**
     * Reads and parses a file.
     *
     * @param file the file
     * @param kind what the file is, for messages: "Experiment file", "Sweep file"
     * @return the YAML document: a map, list, plain value or null
     * @throws GlyphException naming the file when it is missing, too large, not UTF-8 or not valid YAML
     */
    public static Object load(Path file, String kind) {
        String where = kind + " " + UserPaths.show(file);
        String text = read(file, where);
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new PlainValues(options, where)).load(text);
        } catch (MarkedYAMLException e) {
            throw new GlyphException(
                    where + " is not valid YAML at line " + (e.getProblemMark().getLine() + 1)
                            + ", column " + (e.getProblemMark().getColumn() + 1) + ": "
                            + e.getProblem().replace('\n', ' ') + ".");
        } catch (YAMLException e) {
            throw new GlyphException(where + " is not valid YAML: " + IoErrors.plainMessage(e) + ".");
        }
    }

    private static String read(Path file, String where) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trusting the size: a pipe or device has none.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new GlyphException(where + " does not exist.");
        } catch (IOException e) {
            throw new GlyphException(where + " cannot be read: " + IoErrors.reason(e) + ".");
        }
        if (bytes.length > MAX_BYTES) {
            throw new GlyphException(
                    where + " is larger than 1 MiB, the most an experiment or sweep file may be; check that it is the "
                            + "right file.");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new GlyphException(where + " is not UTF-8 text; save it as UTF-8.");
        }
    }

    /** The safe constructor without binary data, sets and ordered pairs; dates stay text. */
    private static final class PlainValues extends SafeConstructor {
        PlainValues(LoaderOptions options, String where) {
            super(options);
            for (Tag tag : List.of(Tag.BINARY, Tag.SET, Tag.OMAP, Tag.PAIRS)) {
                yamlConstructors.put(tag, new Refuse(where));
            }
            yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return ((ScalarNode) node).getValue();
                }
            });
        }
    }

    private static final class Refuse extends AbstractConstruct {
        private final String where;

        Refuse(String where) {
            this.where = where;
        }

        @Override
        public Object construct(Node node) {
            String tag = node.getTag().getValue().replace(Tag.PREFIX, "!!");
            throw new GlyphException(where + " has a " + tag + " value at line "
                    + (node.getStartMark().getLine() + 1)
                    + "; write plain text, numbers, true or false, lists and sections only.");
        }
    }
}
