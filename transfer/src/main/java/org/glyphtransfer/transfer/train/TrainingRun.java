package org.glyphtransfer.transfer.train;

import ai.djl.Model;
import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * Trains a network through its phases one after the other, evaluating on the test split after
 * each, with a checkpoint after every epoch when given a checkpoint folder, and continuing from
 * the last complete checkpoint when asked to resume.
 */
public final class TrainingRun {
    private static final Gson GSON = new Gson();

    private final Model model;
    private final ModelParts parts;
    private final GlyphDataset data;
    private final long seed;
    private final TrainingListener listener;
    private final RunIdentity identity;
    private final Checkpoints checkpoints;
    private final boolean resume;
    private Evaluation finalTest;
    private double testSeconds;

    /**
     * @param model the DJL model whose block is {@code parts.network()}, initialised
     * @param parts backbone and head
     * @param data the dataset
     * @param identity what the run is (its seed included), recorded in and checked against checkpoints
     * @param listener progress
     * @param checkpointing where to keep per-epoch checkpoints and whether to resume from them
     */
    public TrainingRun(
            Model model,
            ModelParts parts,
            GlyphDataset data,
            RunIdentity identity,
            TrainingListener listener,
            Checkpointing checkpointing) {
        this.model = model;
        this.parts = parts;
        this.data = data;
        this.seed = identity.seed();
        this.listener = listener;
        this.identity = identity;
        this.checkpoints = checkpointing.checkpoints();
        this.resume = checkpointing.resume();
    }

    /**
     * Runs the phases.
     *
     * @param phases the phases, in order
     * @return each phase with the test accuracy after it
     */
    public List<PhaseOutcome> run(List<Phase> phases) {
        Checkpoints.Loaded loaded = null;
        if (checkpoints != null && resume) {
            loaded = checkpoints.latest(model.getNDManager()).orElse(null);
        } else if (checkpoints != null) {
            checkpoints.clear();
        }
        List<PhaseOutcome> outcomes = new ArrayList<>();
        if (checkpoints != null && resume && loaded == null && checkpoints.hasAny()) {
            listener.onMessage(identity.label() + ": no usable checkpoint in " + checkpoints.directory()
                    + " (damaged or incomplete), starting from the first epoch");
        }
        if (loaded != null) {
            checkIdentity(loaded.state().identity);
            loaded.loadNetwork(parts.network(), model.getNDManager());
            for (int i = 0; i < loaded.state().completed.size(); i++) {
                Checkpoints.CompletedPhase c = loaded.state().completed.get(i);
                outcomes.add(new PhaseOutcome(
                        new PhaseResult(
                                phases.get(i),
                                c.epochs,
                                c.bestEpoch,
                                c.stoppedEarly,
                                new PhaseResult.ParameterCounts(c.trainable, c.frozen),
                                c.seconds),
                        c.testAccuracy));
            }
            int done =
                    loaded.state().current == null ? 0 : loaded.state().current.epochsDone();
            listener.onMessage(identity.label() + ": resuming from " + loaded.generation() + " (phase "
                    + (loaded.state().phaseIndex + 1) + ", " + done + " epochs done)");
        }
        int[] generation = {
            outcomes.stream().mapToInt(o -> o.phase().epochs().size()).sum()
                    + (loaded != null && loaded.state().current != null
                            ? loaded.state().current.epochsDone()
                            : 0)
        };
        PhaseRunner runner = new PhaseRunner(model, parts, data, seed, listener, identity.label());
        try {
            for (int i = outcomes.size(); i < phases.size(); i++) {
                int phaseIndex = i;
                Checkpoints.Loaded resumeThis =
                        loaded != null && loaded.state().phaseIndex == i && loaded.state().current != null
                                ? loaded
                                : null;
                PhaseResult result = runner.run(phases.get(i), i, resumeThis, (state, optimizerState, steps, best) -> {
                    if (checkpoints != null) {
                        checkpoints.save(
                                ++generation[0],
                                snapshot(outcomes, phaseIndex, state, steps),
                                parts.network(),
                                optimizerState,
                                best);
                    }
                });
                long testStart = System.nanoTime();
                Evaluation test = Evaluator.evaluate(
                        parts.network(), data.test(), "test", data.classNames(), model.getNDManager());
                testSeconds += (System.nanoTime() - testStart) / 1e9;
                finalTest = i == phases.size() - 1 ? test : null;
                listener.onMessage(String.format(
                        "%s: test accuracy after phase '%s' = %.4f",
                        identity.label(), phases.get(i).name(), test.accuracy()));
                outcomes.add(new PhaseOutcome(result, test.accuracy()));
            }
        } finally {
            runner.close();
        }
        return outcomes;
    }

    /**
     * The test evaluation after the last phase, so that the caller need not repeat it.
     *
     * @return the evaluation, or empty when the last phase was not trained by this run (a resume
     *     found every phase complete)
     */
    public Optional<Evaluation> finalTest() {
        return Optional.ofNullable(finalTest);
    }

    /** @return the wall time of the test evaluations after the phases this run trained, in seconds */
    public double testSeconds() {
        return testSeconds;
    }

    private Checkpoints.State snapshot(
            List<PhaseOutcome> outcomes, int phaseIndex, PhaseState state, java.util.Map<String, Integer> steps) {
        Checkpoints.State s = new Checkpoints.State();
        s.identity = identity;
        for (PhaseOutcome o : outcomes) {
            Checkpoints.CompletedPhase c = new Checkpoints.CompletedPhase();
            c.epochs = o.phase().epochs();
            c.bestEpoch = o.phase().bestEpoch();
            c.stoppedEarly = o.phase().stoppedEarly();
            c.trainable = o.phase().trainableParameters();
            c.frozen = o.phase().frozenParameters();
            c.seconds = o.phase().seconds();
            c.testAccuracy = o.testAccuracy();
            s.completed.add(c);
        }
        s.phaseIndex = phaseIndex;
        s.current = state;
        s.optimizerSteps = steps;
        return s;
    }

    private void checkIdentity(RunIdentity saved) {
        String where = "The checkpoint in " + checkpoints.directory();
        String fix = "; resume with the same settings, or run without --resume to start over.";
        if (!saved.classNames().equals(identity.classNames())) {
            throw new GlyphException(
                    where + " was made for " + saved.classNames().size() + " classes but the dataset now has "
                            + identity.classNames().size() + fix);
        }
        if (saved.seed() != identity.seed()) {
            throw new GlyphException(where + " was made with seed " + saved.seed() + ", not " + identity.seed() + fix);
        }
        if (!saved.architecture().equals(identity.architecture())
                || !saved.dataset().equals(identity.dataset())) {
            throw new GlyphException(where + " was made for " + saved.architecture() + " on " + saved.dataset()
                    + ", not " + identity.architecture() + " on " + identity.dataset() + fix);
        }
        if (!GSON.toJsonTree(saved.phases())
                .equals(GSON.toJsonTree(GSON.fromJson(GSON.toJson(identity.phases()), List.class)))) {
            throw new GlyphException(where + " was made with other phases (epochs, learning rates, batch sizes)" + fix);
        }
    }
}
