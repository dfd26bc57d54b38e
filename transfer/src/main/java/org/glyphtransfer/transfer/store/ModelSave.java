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
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.PendingFile;

/**
 * Saves a model folder so that a kill at any moment leaves either the complete earlier model or the
 * complete new one. The parameters alternate between two file names, {@code model.params} and
 * {@code model-b.params}: the new ones go to the name the current {@code model.json} does not use,
 * are flushed and renamed into place, and only then is {@code model.json} (which names the parameter
 * file and holds its checksum) replaced, in one rename; the earlier parameter file is deleted after
 * that. Temporary files left by an earlier, killed save are deleted first.
 */
final class ModelSave {
    /** The second parameter file name; see the class comment. */
    static final String ALTERNATE = "model-b.params";

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

    static Provenance save(Path dir, ModelFolder.ParameterWriter parameters, Provenance provenance, Hook hook) {
        Path firstCreated = AtomicFiles.outermostMissing(dir);
        MessageDigest digest = Checksums.sha256();
        String next = null;
        boolean published = false;
        try {
            Files.createDirectories(dir);
            hook.reached("folder ready");
            removeTemporaries(dir, hook);
            String current = currentParameterFile(dir);
            next = ModelFolder.PARAMETERS.equals(current) ? ALTERNATE : ModelFolder.PARAMETERS;
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
                try (PendingFile model =
                        AtomicFiles.prepare(dir.resolve(ModelFolder.MODEL_JSON), out -> out.write(json))) {
                    hook.reached("model.json written");
                    params.commit();
                    hook.reached("parameters renamed");
                    model.commit();
                    published = true;
                    hook.reached("model.json renamed");
                }
                String earlier = next.equals(ALTERNATE) ? ModelFolder.PARAMETERS : ALTERNATE;
                Files.deleteIfExists(dir.resolve(earlier));
                hook.reached("earlier parameters deleted");
                return written;
            }
        } catch (IOException e) {
            if (!published) {
                discard(dir, next, firstCreated);
            }
            throw new GlyphException("Could not write the model to " + dir + ": " + IoErrors.reason(e) + ".", e);
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

    /** Deletes the temporary files of earlier saves that were killed: {@code .model*.tmp}. */
    private static void removeTemporaries(Path dir, Hook hook) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, ".model*.tmp")) {
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
