package org.glyphtransfer.transfer.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.store.Checksums;
import org.glyphtransfer.transfer.store.FiniteJson;

/**
 * Per-epoch checkpoints of a training run in one folder. Each checkpoint is a generation folder
 * {@code epoch-NNNNNN} holding the network's parameters, the optimiser's state, the best weights
 * so far and, written last, {@code state.json} with the counters, the history and the checksums
 * of the other files. Older generations are deleted only once a newer one is complete, so a kill
 * at any moment leaves the last complete checkpoint intact.
 */
public final class Checkpoints {
    static final String STATE = "state.json";
    private static final Gson GSON = FiniteJson.exactBuilder().create();

    private final Path dir;

    private Checkpoints(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir the checkpoint folder (created on first save)
     * @return the checkpoints kept there
     */
    public static Checkpoints at(Path dir) {
        return new Checkpoints(dir);
    }

    /** @return the folder */
    public Path directory() {
        return dir;
    }

    /** @return true when a complete checkpoint exists */
    public boolean exists() {
        return !generations(true).isEmpty();
    }

    /** @return true when the folder holds any generation, complete or not */
    boolean hasAny() {
        return !generations(false).isEmpty();
    }

    /** Deletes every checkpoint, e.g. once the finished model is saved. */
    public void clear() {
        for (Path g : generations(false)) {
            deleteTree(g);
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover empty folder is harmless
        }
    }

    /** The state of a run after an epoch, as saved. */
    static final class State {
        int format = 1;
        RunIdentity identity;
        List<CompletedPhase> completed = new ArrayList<>();
        int phaseIndex;
        PhaseState current;
        List<String> optimizerKeys = new ArrayList<>();
        Map<String, Integer> optimizerSteps;
        List<String> bestKeys = new ArrayList<>();
        Map<String, String> sha256;
    }

    /** A finished phase inside a checkpoint. */
    static final class CompletedPhase {
        List<EpochStats> epochs;
        int bestEpoch;
        boolean stoppedEarly;
        long trainable;
        long frozen;
        double seconds;
        double testAccuracy;
    }

    void save(int generation, State state, Block network, Map<String, NDArray> optimizer, Map<String, NDArray> best) {
        Path target = dir.resolve(String.format("epoch-%06d", generation));
        try {
            // Written as .epoch-NNNNNN.tmp and renamed once complete; a failed write removes it again.
            AtomicFiles.writeFolder(target, tmp -> {
                MessageDigest[] digests = new MessageDigest[3];
                write(tmp.resolve("network.params"), out -> network.saveParameters(out), digests, 0);
                state.optimizerKeys = new ArrayList<>(optimizer.keySet());
                write(
                        tmp.resolve("optimizer.ndlist"),
                        out -> out.write(new NDList(optimizer.values()).encode()),
                        digests,
                        1);
                state.bestKeys = new ArrayList<>(best.keySet());
                write(tmp.resolve("best.ndlist"), out -> out.write(new NDList(best.values()).encode()), digests, 2);
                state.sha256 = Map.of(
                        "network.params",
                        Checksums.hex(digests[0]),
                        "optimizer.ndlist",
                        Checksums.hex(digests[1]),
                        "best.ndlist",
                        Checksums.hex(digests[2]));
                AtomicFiles.write(tmp.resolve(STATE), GSON.toJson(state));
            });
            for (Path older : generations(false)) {
                if (!older.equals(target)) {
                    deleteTree(older);
                }
            }
        } catch (IOException e) {
            throw new GlyphException("Could not write a checkpoint to " + dir + ": " + IoErrors.reason(e) + ".", e);
        }
    }

    /** The newest complete checkpoint whose files match their checksums. */
    Optional<Loaded> latest(NDManager manager) {
        for (Path g : generations(true)) {
            try {
                State state = GSON.fromJson(Files.readString(g.resolve(STATE)), State.class);
                for (Map.Entry<String, String> f : state.sha256.entrySet()) {
                    if (!Checksums.sha256(g.resolve(f.getKey())).equals(f.getValue())) {
                        throw new IOException(f.getKey() + " does not match its checksum");
                    }
                }
                NDList optimizer = decode(manager, g.resolve("optimizer.ndlist"), state.optimizerKeys);
                NDList best = decode(manager, g.resolve("best.ndlist"), state.bestKeys);
                return Optional.of(new Loaded(g, state, optimizer, best));
            } catch (IOException | JsonParseException | NullPointerException | IllegalArgumentException e) {
                // A damaged generation: fall back to an older complete one, if any.
                continue;
            }
        }
        return Optional.empty();
    }

    /** DJL cannot decode an encoded empty list (a run without early stopping keeps no best weights). */
    private static NDList decode(NDManager manager, Path file, List<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return new NDList();
        }
        NDList list = NDList.decode(manager, Files.readAllBytes(file));
        if (list.size() != keys.size()) {
            throw new IOException(file + " holds " + list.size() + " tensors, not " + keys.size());
        }
        return list;
    }

    /** A checkpoint read back: its folder, state, optimiser tensors and best weights. */
    record Loaded(Path generation, State state, NDList optimizer, NDList best) {
        void loadNetwork(Block network, NDManager manager) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(generation.resolve("network.params")))) {
                network.loadParameters(manager, new DataInputStream(in));
            } catch (IOException | MalformedModelException e) {
                throw new GlyphException(
                        "Checkpoint " + generation + " does not fit the network (" + e.getMessage()
                                + "); start over without --resume.",
                        e);
            }
        }
    }

    /** Complete (or all) generation folders, newest first. */
    private List<Path> generations(boolean completeOnly) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\.?epoch-\\d{6}(\\.tmp)?"))
                    .filter(p -> !completeOnly
                            || (Files.isRegularFile(p.resolve(STATE))
                                    && !p.toString().endsWith(".tmp")))
                    .sorted(Comparator.comparing(
                                    (Path p) -> p.getFileName().toString().replace(".", ""))
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, Writer writer, MessageDigest[] digests, int slot) throws IOException {
        digests[slot] = Checksums.sha256();
        AtomicFiles.write(file, raw -> {
            DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(raw, digests[slot])));
            writer.write(out);
            out.flush();
        });
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // best effort: a stale generation is ignored by name order and checksum
        }
    }
}
