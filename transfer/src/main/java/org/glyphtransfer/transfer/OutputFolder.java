package org.glyphtransfer.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.train.Checkpointing;
import org.glyphtransfer.transfer.train.Checkpoints;

/**
 * The folder a run writes: checked before any work, removed again when the run fails before it
 * saved anything to resume from, and the home of the run's checkpoint folders. A run without a
 * folder ({@link #none()}) writes nothing.
 */
public final class OutputFolder {
    /** The checkpoint folders a run keeps inside its output folder: the trained model's, the scratch baseline's. */
    static final String CHECKPOINT = "checkpoint";

    static final String SCRATCH_CHECKPOINT = "checkpoint-scratch";
    private static final List<String> CHECKPOINT_FOLDERS = List.of(CHECKPOINT, SCRATCH_CHECKPOINT);

    private final Path dir;
    private final WritePolicy policy;
    private final RunInputs inputs;

    private OutputFolder(Path dir, WritePolicy policy, RunInputs inputs) {
        this.dir = dir;
        this.policy = policy;
        this.inputs = inputs;
    }

    /** @return no folder: the run writes nothing */
    public static OutputFolder none() {
        return new OutputFolder(null, WritePolicy.REFUSE_FOREIGN, RunInputs.none());
    }

    /**
     * @param dir the folder, or null for none
     * @param policy whether a folder glyph did not make may be written into
     * @param inputs what the run reads; the folder must be apart from all of it
     * @return the output folder
     */
    public static OutputFolder of(Path dir, WritePolicy policy, RunInputs inputs) {
        return dir == null ? none() : new OutputFolder(dir, policy, inputs);
    }

    Optional<Path> path() {
        return Optional.ofNullable(dir);
    }

    /**
     * Runs work that writes into the folder: checks the folder first, and when the work fails,
     * removes what it created unless a checkpoint to resume from is there, then rethrows.
     *
     * @param work what writes into the folder
     * @param <T> what it returns
     * @return its result
     */
    public <T> T run(Supplier<T> work) {
        Path created = dir == null ? null : AtomicFiles.outermostMissing(dir);
        try {
            prepare();
            return work.get();
        } catch (RuntimeException e) {
            discardUnfinished(created);
            throw e;
        }
    }

    /** @return where a checkpoint folder of this name goes, and whether to resume from it */
    Checkpointing checkpointing(String name, ResumePolicy resume) {
        return dir == null
                ? Checkpointing.none()
                : new Checkpointing(Checkpoints.at(dir.resolve(name)), resume == ResumePolicy.FROM_CHECKPOINT);
    }

    /** Deletes a finished run's checkpoints. */
    void clearCheckpoints() {
        if (dir != null) {
            CHECKPOINT_FOLDERS.forEach(name -> Checkpoints.at(dir.resolve(name)).clear());
        }
    }

    /**
     * Refuses a folder that is, contains or lies inside what the run reads (whatever the policy),
     * one that holds something other than a glyph run unless the policy allows it, and one that
     * cannot be created or written.
     */
    void prepare() {
        if (dir == null) {
            return;
        }
        inputs.requireApart(dir);
        if (!Files.exists(dir) || policy == WritePolicy.OVERWRITE) {
            WritableCheck.require(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new GlyphException("Output " + dir + " is a file, not a folder; choose another --out.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            boolean ours = ModelFolder.isModelFolder(dir)
                    || CHECKPOINT_FOLDERS.stream().anyMatch(c -> Files.isDirectory(dir.resolve(c)));
            if (entries.findAny().isPresent() && !ours) {
                throw new GlyphException("Output folder " + dir
                        + " exists and was not written by glyph; choose another " + "--out or pass --overwrite.");
            }
        } catch (IOException e) {
            throw new GlyphException("Output folder " + dir + " cannot be read: " + e.getMessage() + ".", e);
        }
        WritableCheck.require(dir);
    }

    /**
     * After a failed run: removes the folders the run created when they hold no complete checkpoint
     * to resume from, so a failure (a full disk, a bad file found late) leaves nothing half-written.
     *
     * @param created what the run created: the outermost folder missing before it, or null
     */
    private void discardUnfinished(Path created) {
        if (created == null
                || !Files.exists(created)
                || CHECKPOINT_FOLDERS.stream()
                        .anyMatch(c -> Checkpoints.at(dir.resolve(c)).exists())) {
            return;
        }
        try (Stream<Path> walk = Files.walk(created)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the run's own error is the one to report.
        }
    }
}
