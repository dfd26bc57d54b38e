package org.glyphtransfer.app;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;

/**
 * A few epochs of plain Adam training, batch by index range over the split tensors, so that a
 * test can see a plugin dataset and a plugin model learn together. Not the framework's trainer.
 */
final class StrokeTraining {
    private StrokeTraining() {}

    /** @return accuracy on the test split after training */
    static double trainAndTest(Block network, GlyphDataset data, NDManager manager, int epochs, int batchSize) {
        try (Model model = Model.newInstance("plugin-check")) {
            model.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam()
                            .optLearningRateTracker(Tracker.fixed(0.01f))
                            .build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(batchSize).addAll(data.inputShape()));
                DataSplit train = data.train();
                NDArray labels = manager.create(train.labels());
                for (int epoch = 0; epoch < epochs; epoch++) {
                    for (int start = 0; start < train.size(); start += batchSize) {
                        String range = start + ":" + Math.min(start + batchSize, train.size());
                        try (NDManager batch = manager.newSubManager()) {
                            NDArray x = train.images().get(range);
                            NDArray y = labels.get(range);
                            x.attach(batch);
                            y.attach(batch);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray loss =
                                        trainer.getLoss().evaluate(new NDList(y), trainer.forward(new NDList(x)));
                                collector.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                }
                DataSplit test = data.test();
                try (NDManager scratch = manager.newSubManager()) {
                    NDArray x = test.images().duplicate();
                    x.attach(scratch);
                    NDArray predicted =
                            trainer.evaluate(new NDList(x)).singletonOrThrow().argMax(1);
                    NDArray truth = scratch.create(test.labels()).toType(predicted.getDataType(), false);
                    return predicted.eq(truth).sum().getLong() / (double) test.size();
                }
            }
        }
    }
}
