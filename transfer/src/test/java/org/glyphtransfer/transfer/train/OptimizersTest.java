package org.glyphtransfer.transfer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.Set;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.settings.OptimizerKind;
import org.glyphtransfer.transfer.settings.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizersTest {
    @BeforeAll
    static void engine() {
        CpuEngine.start(3);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimizerLearnsAndLeavesNoGradientBehind(OptimizerKind kind) {
        Phase phase = Phase.full().toBuilder()
                .optOptimizer(kind)
                .optLearningRate(kind == OptimizerKind.SGD ? 0.1 : 0.01)
                .build();
        try (Model model = Model.newInstance("opt")) {
            Linear net = Linear.builder().setUnits(3).build();
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4));
            PhaseLearningRate lr = new PhaseLearningRate(phase.learningRate(), 1, Set.of());
            Loss loss = Loss.softmaxCrossEntropyLoss();
            try (Trainer trainer =
                    model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(Optimizers.create(phase, lr)))) {
                NDArray x = model.getNDManager().randomNormal(new Shape(30, 4));
                NDArray y = x.get(":, 0")
                        .gt(0)
                        .toType(DataType.INT64, false)
                        .add(x.get(":, 1").gt(0).toType(DataType.INT64, false));
                double first = 0;
                double last = 0;
                for (int step = 0; step < 60; step++) {
                    try (GradientCollector c = trainer.newGradientCollector()) {
                        NDArray l = loss.evaluate(new NDList(y), trainer.forward(new NDList(x)));
                        c.backward(l);
                        last = l.getFloat();
                        first = step == 0 ? last : first;
                    }
                    trainer.step();
                    for (Pair<String, Parameter> p : net.getParameters()) {
                        NDArray g = p.getValue().getArray().getGradient();
                        assertEquals(
                                0f,
                                g.abs().sum().getFloat(),
                                0f,
                                kind + ": gradient of " + p.getKey() + " left after the step");
                    }
                }
                assertTrue(last < 0.7 * first, kind + ": loss went from " + first + " to " + last);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void adamMatchesDjlAdamStepForStep() {
        float[][] finals = new float[2][];
        for (int run = 0; run < 2; run++) {
            CpuEngine.start(5);
            try (Model model = Model.newInstance("adam")) {
                Linear net = Linear.builder().setUnits(3).build();
                model.setBlock(net);
                net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4));
                PhaseLearningRate lr = new PhaseLearningRate(0.01, 1, Set.of());
                ai.djl.training.optimizer.Optimizer optimizer = run == 0
                        ? Optimizers.create(
                                Phase.full().toBuilder().optWeightDecay(1e-3).build(), lr)
                        : ai.djl.training.optimizer.Optimizer.adam()
                                .optLearningRateTracker(lr)
                                .optWeightDecays(1e-3f)
                                .build();
                Loss loss = Loss.softmaxCrossEntropyLoss();
                try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(optimizer))) {
                    NDArray x = model.getNDManager().randomNormal(new Shape(16, 4));
                    NDArray y = x.get(":, 0").gt(0).toType(DataType.INT64, false);
                    for (int step = 0; step < 10; step++) {
                        try (GradientCollector c = trainer.newGradientCollector()) {
                            c.backward(loss.evaluate(new NDList(y), trainer.forward(new NDList(x))));
                        }
                        trainer.step();
                    }
                    finals[run] =
                            net.getParameters().get(0).getValue().getArray().toFloatArray();
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(finals[1], finals[0], 1e-6f);
    }

    /** A first rmsprop step moves each weight by lr · g / sqrt((1 − decay) · g²) = lr / sqrt(1 − decay). */
    @org.junit.jupiter.api.Test
    void rmspropFirstStepFollowsItsDecay() {
        for (double decay : new double[] {0.9, 0.99}) {
            Phase phase = Phase.full().toBuilder()
                    .optOptimizer(OptimizerKind.RMSPROP)
                    .optLearningRate(1e-3)
                    .optMomentum(0)
                    .optRmspropDecay(decay)
                    .build();
            try (Model model = Model.newInstance("rmsprop")) {
                Linear net = Linear.builder().setUnits(3).build();
                model.setBlock(net);
                net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4));
                PhaseLearningRate lr = new PhaseLearningRate(phase.learningRate(), 1, Set.of());
                Loss loss = Loss.softmaxCrossEntropyLoss();
                try (Trainer trainer =
                        model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(Optimizers.create(phase, lr)))) {
                    NDArray weight = net.getParameters().get(0).getValue().getArray();
                    float[] before = weight.toFloatArray();
                    NDArray x = model.getNDManager().randomNormal(new Shape(8, 4));
                    NDArray y = x.get(":, 0").gt(0).toType(DataType.INT64, false);
                    try (GradientCollector c = trainer.newGradientCollector()) {
                        c.backward(loss.evaluate(new NDList(y), trainer.forward(new NDList(x))));
                    }
                    trainer.step();
                    float[] after = weight.toFloatArray();
                    double expected = 1e-3 / Math.sqrt(1 - decay);
                    for (int i = 0; i < before.length; i++) {
                        assertEquals(expected, Math.abs(after[i] - before[i]), expected * 1e-3, "decay " + decay);
                    }
                }
            }
        }
    }
}
