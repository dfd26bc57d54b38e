package org.glyphtransfer.transfer.cascade;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.ScoringModel;
import org.glyphtransfer.transfer.store.Specialist;
import org.glyphtransfer.transfer.store.SpecialistChecks;

/**
 * The specialists of a model folder, loaded: {@link #apply} turns the main model's probabilities
 * into the cascade's. Loading checks each specialist (folder present, classes as the cascade says,
 * inputs of the main model's shape). Close it to free the specialists' native memory.
 */
public final class Cascade implements AutoCloseable {
    private final List<Member> members;
    private final int classes;

    /** One loaded specialist and the main model's index of each of its classes. */
    private record Member(Specialist entry, ScoringModel model, int[] toMain) {}

    private Cascade(List<Member> members, int classes) {
        this.members = members;
        this.classes = classes;
    }

    /** @return a cascade without specialists, which changes nothing */
    public static Cascade none() {
        return new Cascade(List.of(), 0);
    }

    /**
     * Loads the specialists a model folder names.
     *
     * @param modelDir the main model's folder
     * @param main its provenance
     * @param rt registry, data root and device for the specialists
     * @return the cascade; empty when the model names none
     * @throws GlyphException naming a specialist folder that is missing or does not fit
     */
    public static Cascade load(Path modelDir, Provenance main, GlyphRuntime rt) {
        List<Member> members = new ArrayList<>();
        try {
            for (Specialist entry : main.cascade()) {
                Path dir = modelDir.resolve(entry.folder());
                SpecialistChecks.requireClasses(modelDir, entry, SpecialistChecks.check(modelDir, main, dir));
                // Any model folder may specialise: a network or a classic baseline.
                ScoringModel model = ModelFolder.loadScoring(
                        dir, rt.registry(), rt.dataRoot(), rt.engine().device());
                List<String> names = model.provenance().classNames();
                int[] toMain = new int[names.size()];
                for (int j = 0; j < toMain.length; j++) {
                    toMain[j] = main.classNames().indexOf(names.get(j));
                }
                members.add(new Member(entry, model, toMain));
            }
        } catch (RuntimeException e) {
            members.forEach(m -> m.model().close());
            throw e;
        }
        return new Cascade(members, main.classNames().size());
    }

    /** @return whether there are no specialists */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** @return the specialists, as model.json names them */
    public List<Specialist> specialists() {
        return members.stream().map(Member::entry).toList();
    }

    /**
     * The cascade's probabilities for a whole split.
     *
     * @param probabilities the main model's, N × K row-major
     * @param images the same N images, N × C × H × W
     * @return N × K probabilities after the specialists (a new array)
     */
    public float[] apply(float[] probabilities, NDArray images) {
        return apply(probabilities, (model, rows) -> {
            long[] indices = new long[rows.length];
            for (int j = 0; j < rows.length; j++) {
                indices[j] = rows[j];
            }
            try (NDArray index = images.getManager().create(indices);
                    NDArray routed = images.get(new NDIndex("{}", index))) {
                return model.probabilities(routed);
            }
        });
    }

    /**
     * The cascade's probabilities for one batch.
     *
     * @param probabilities the main model's, B × K row-major
     * @param batch the same B preprocessed images, one after the other
     * @param count B
     * @return B × K probabilities after the specialists (a new array)
     */
    public float[] applyToBatch(float[] probabilities, float[] batch, int count) {
        int size = count == 0 ? 0 : batch.length / count;
        return apply(probabilities, (model, rows) -> {
            float[] routed = new float[rows.length * size];
            for (int j = 0; j < rows.length; j++) {
                System.arraycopy(batch, rows[j] * size, routed, j * size, size);
            }
            return model.probabilities(routed, rows.length);
        });
    }

    /**
     * @param run a specialist's probabilities for the given rows of the input, in that order
     */
    private float[] apply(float[] probabilities, BiFunction<ScoringModel, int[], float[]> run) {
        float[] out = probabilities.clone();
        if (members.isEmpty() || probabilities.length == 0) {
            return out;
        }
        int k = classes;
        int n = probabilities.length / k;
        int[] routedBy = new int[n];
        float[] row = new float[k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(probabilities, i * k, row, 0, k);
            routedBy[i] = CascadeRule.best(row);
        }
        for (Member m : members) {
            // A specialist sees only the rows routed to it: the others would not use its answer.
            int[] rows = routedTo(m, routedBy);
            if (rows.length == 0) {
                continue;
            }
            float[] q = run.apply(m.model(), rows);
            int s = m.toMain().length;
            float[] spec = new float[s];
            for (int j = 0; j < rows.length; j++) {
                int i = rows[j];
                System.arraycopy(out, i * k, row, 0, k);
                System.arraycopy(q, j * s, spec, 0, s);
                CascadeRule.apply(row, routedBy[i], m.toMain(), spec);
                System.arraycopy(row, 0, out, i * k, k);
            }
        }
        return out;
    }

    /** @return the rows whose main-model best class is one of the specialist's classes */
    private static int[] routedTo(Member m, int[] routedBy) {
        java.util.BitSet decides = new java.util.BitSet();
        for (int c : m.toMain()) {
            decides.set(c);
        }
        return java.util.stream.IntStream.range(0, routedBy.length)
                .filter(i -> decides.get(routedBy[i]))
                .toArray();
    }

    @Override
    public void close() {
        members.forEach(m -> m.model().close());
    }
}
