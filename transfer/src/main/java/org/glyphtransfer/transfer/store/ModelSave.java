package org.glyphtransfer.transfer.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.PendingFile;

/**
 * Saves a model folder so that a kill at any moment leaves either the complete earlier model or the
 * complete new one. The parameters alternate between two file names ({@link Format}): the new ones go
 * to the name the current {@code model.json} does not use, are flushed and renamed into place, then the
 * format's companion files (a network's {@code serving.properties} and {@code synset.txt}, which name
 * the new parameter file), and only then is {@code model.json} (which names the parameter file and
 * holds its checksum) replaced, in one rename; the earlier parameter file is deleted after that.
 * Temporary files left by an earlier, killed save are deleted first.
 */
final class ModelSave {
    /** The second parameter file name of a model of another kind; see the class comment. */
    static final String ALTERNATE = "model-b.params";

    /**
     * How a kind of model folder names its parameter files, and what it writes beside them.
     *
     * @param first the parameter file of a folder saved once
     * @param second the name the parameters alternate to when the folder is saved over
     * @param companions the published provenance → files to publish with it (name → content)
     */
    record Format(String first, String second, Function<Provenance, Map<String, byte[]>> companions) {
        /** A network: DJL's layout, {@code model-0000.params}, with what DJL's Criteria reads. */
        static final Format NETWORK = new Format(DjlParameterFile.FIRST, DjlParameterFile.SECOND, ServingFiles::of);
        /** A model of another kind (a Tribuo baseline): glyph's own names, nothing beside. */
        static final Format OTHER = new Format(ModelFolder.PARAMETERS, ALTERNATE, p -> Map.of());
    }

    /** Called at each step of a save; tests throw from it to simulate a kill there. */
    @FunctionalInterface
    interface Hook {
        /**
         * @param step what was just done
         * @throws IOException to stop the save as a failing disk would
         */
        void reached(String step) throws IOException;
    }

    private ModelSave() {}

    static Provenance save(
            Path dir, Format format, ModelFolder.ParameterWriter parameters, Provenance provenance, Hook hook) {
        Path firstCreated = AtomicFiles.outermostMissing(dir);
        MessageDigest digest = Checksums.sha256();
        String next = null;
        boolean companionsPublished = false;
        boolean published = false;
        try {
            Files.createDirectories(dir);
            hook.reached("folder ready");
            removeTemporaries(dir, hook);
            String current = currentParameterFile(dir);
            next = format.first().equals(current) ? format.second() : format.first();
            try (PendingFile params = AtomicFiles.prepare(dir.resolve(next), file -> {
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(file, digest)));
                parameters.write(out);
                out.flush();
            })) {
                hook.reached("parameters written");
                Provenance written = provenance.toBuilder()
                        .parameters(next, Checksums.hex(digest), Instant.now().toString())
                        .build();
                byte[] json = ModelJson.toBytes(written);
                List<PendingFile> companions = new ArrayList<>();
                try (PendingFile model =
                        AtomicFiles.prepare(dir.resolve(ModelFolder.MODEL_JSON), out -> out.write(json))) {
                    for (Map.Entry<String, byte[]> f :
                            format.companions().apply(written).entrySet()) {
                        companions.add(AtomicFiles.prepare(dir.resolve(f.getKey()), out -> out.write(f.getValue())));
                    }
                    hook.reached("model.json written");
                    params.commit();
                    hook.reached("parameters renamed");
                    for (PendingFile companion : companions) {
                        companion.commit();
                    }
                    companionsPublished = true;
                    hook.reached("companions renamed");
                    model.commit();
                    published = true;
                    hook.reached("model.json renamed");
                } finally {
                    companions.forEach(PendingFile::close);
                }
                deleteEarlier(dir, format, next, current);
                hook.reached("earlier parameters deleted");
                return written;
            }
        } catch (IOException e) {
            if (!published) {
                // Once serving.properties names the new parameter file, DJL loads it: it stays.
                discard(dir, companionsPublished ? null : next, firstCreated);
            }
            throw new GlyphException("Could not write the model to " + dir + ": " + IoErrors.reason(e) + ".", e);
        }
    }

    /** Deletes the parameter file the earlier model.json named, and the format's other name left by a killed save. */
    private static void deleteEarlier(Path dir, Format format, String next, String current) throws IOException {
        String other = next.equals(format.second()) ? format.first() : format.second();
        Files.deleteIfExists(dir.resolve(other));
        if (current != null && !current.equals(next) && current.endsWith(".params")) {
            Files.deleteIfExists(dir.resolve(current));
        }
    }

    /** The parameter file the folder's model.json names, or null when it has none that reads. */
    private static String currentParameterFile(Path dir) {
        if (!Files.isRegularFile(dir.resolve(ModelFolder.MODEL_JSON))) {
            return null;
        }
        try {
            return ModelJson.read(dir).parameterFile();
        } catch (GlyphException unreadable) {
            return null;
        }
    }

    /**
     * Deletes the temporary files of earlier saves that were killed: {@code .model*.tmp}, and those of
     * a network's {@code serving.properties} and {@code synset.txt}.
     */
    private static void removeTemporaries(Path dir, Hook hook) throws IOException {
        try (DirectoryStream<Path> stale =
                Files.newDirectoryStream(dir, ".{model,serving.properties,synset.txt}*.tmp")) {
            for (Path p : stale) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    hook.reached("removed " + p.getFileName());
                }
            }
        }
    }

    /**
     * After a failure before model.json was replaced: the new parameter file (renamed into place under
     * the name the current model.json does not use) is deleted, then the folders this save created.
     */
    private static void discard(Path dir, String next, Path firstCreated) {
        if (next != null) {
            try {
                Files.deleteIfExists(dir.resolve(next));
            } catch (IOException ignored) {
                // Best effort: the earlier model does not use this file, and the next save replaces it.
            }
        }
        if (firstCreated == null) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null && p.startsWith(firstCreated); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException notEmptyOrGone) {
                return;
            }
        }
    }
}
