package org.glyphtransfer.baselines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * A random forest grown on several threads: Tribuo's {@code RandomForestTrainer} grows its trees one
 * after the other, so each thread runs one such trainer on its share of the trees (with its own seed),
 * and Tribuo's {@link WeightedEnsembleModel} joins the forests. The joined forest adds up each forest's
 * vote shares, so with equal shares every tree has the same vote, as in one forest.
 */
final class ParallelForest implements Learner {
    private final int trees;
    private final int threads;
    private final IntFunction<Trainer<Label>> forestOf;

    /**
     * @param trees trees in all
     * @param threads threads to grow them on
     * @param forestOf a forest trainer for a thread's index, growing {@code trees / threads} trees
     */
    ParallelForest(int trees, int threads, IntFunction<Trainer<Label>> forestOf) {
        this.trees = trees;
        this.threads = Math.max(1, Math.min(threads, trees));
        this.forestOf = forestOf;
    }

    /** @return how many forests run side by side */
    int forests() {
        return threads;
    }

    /**
     * @param forest a thread's index
     * @return the trees that thread grows: an even share, the first ones taking the remainder
     */
    int treesOf(int forest) {
        return trees / threads + (forest < trees % threads ? 1 : 0);
    }

    @Override
    public Model<Label> train(Dataset<Label> data) {
        if (threads == 1) {
            return forestOf.apply(0).train(data);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "glyph-forest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Model<Label>>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Trainer<Label> trainer = forestOf.apply(i);
                running.add(CompletableFuture.supplyAsync(() -> trainer.train(data), pool));
            }
            List<Model<Label>> forests = new ArrayList<>();
            float[] weights = new float[threads];
            for (int i = 0; i < threads; i++) {
                forests.add(running.get(i).join());
                weights[i] = treesOf(i);
            }
            return WeightedEnsembleModel.createEnsembleFromExistingModels(
                    "random-forest", forests, new FullyWeightedVotingCombiner(), weights);
        } finally {
            pool.shutdownNow();
        }
    }
}
