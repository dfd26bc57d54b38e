package org.glyphtransfer.transfer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.Map;
import java.util.TreeMap;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.LayerNames;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.settings.Freeze;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each freeze spec leaves trainable, and what a frozen BatchNorm still does. */
class FreezeTest {
    @BeforeAll
    static void engine() {
        CpuEngine.start(3);
    }

    /** conv → batchNorm → flatten backbone, linear head. */
    private static ModelParts network(NDManager manager) {
        SequentialBlock backbone = new SequentialBlock()
                .add(Conv2d.builder()
                        .setFilters(4)
                        .setKernelShape(new Shape(3, 3))
                        .build())
                .add(BatchNorm.builder().build())
                .add(Blocks.batchFlattenBlock());
        ModelParts parts = new ModelParts(backbone, Linear.builder().setUnits(3).build(), false);
        parts.network().initialize(manager, DataType.FLOAT32, new Shape(8, 1, 6, 6));
        return parts;
    }

    private static Map<String, Boolean> trainable(ModelParts parts) {
        Map<String, Boolean> out = new TreeMap<>();
        parts.network()
                .getParameters()
                .forEach(p -> out.put(p.getKey(), p.getValue().requiresGradient()));
        return out;
    }

    @Test
    void allFreezesEveryBackboneWeightIncludingBatchNormScaleAndShiftButNotTheHead() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelParts parts = network(manager);
            Freeze.all().apply(parts);
            parts.backbone()
                    .getParameters()
                    .forEach(p -> assertFalse(p.getValue().requiresGradient(), p.getKey()));
            parts.head().getParameters().forEach(p -> assertTrue(p.getValue().requiresGradient(), p.getKey()));
            Freeze.none().apply(parts);
            trainable(parts).forEach((name, yes) -> assertEquals(!name.contains("running"), yes, name));
        }
    }

    @Test
    void uptoFreezesTheNamedLayerAndThoseBeforeIt() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelParts parts = network(manager);
            Freeze.parse("upto:0").apply(parts);
            Map<String, Boolean> t = trainable(parts);
            t.forEach((name, yes) ->
                    assertEquals(!name.contains("SequentialBlock_01Conv2d") && !name.contains("running"), yes, name));
            GlyphException e = assertThrows(
                    GlyphException.class, () -> Freeze.parse("upto:dense9").apply(parts));
            assertTrue(e.getMessage().startsWith("Freeze 'upto:dense9' names no backbone layer"), e.getMessage());
        }
    }

    @Test
    void uptoNamesOneLayerExactlyWhenAPluginRepeatsALayerKind() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock backbone = new SequentialBlock()
                    .add(Conv2d.builder()
                            .setFilters(2)
                            .setKernelShape(new Shape(3, 3))
                            .build())
                    .add(Activation.reluBlock())
                    .add(Conv2d.builder()
                            .setFilters(2)
                            .setKernelShape(new Shape(3, 3))
                            .build())
                    .add(Activation.reluBlock())
                    .add(Blocks.batchFlattenBlock());
            ModelParts parts =
                    new ModelParts(backbone, Linear.builder().setUnits(3).build(), false);
            parts.network().initialize(manager, DataType.FLOAT32, new Shape(2, 1, 8, 8));
            assertEquals(
                    java.util.List.of("Conv2d-1", "ReLU-1", "Conv2d-2", "ReLU-2", "batchFlatten"),
                    LayerNames.of(backbone));
            Freeze.parse("upto:Conv2d-2").apply(parts);
            backbone.getParameters().forEach(p -> assertFalse(p.getValue().requiresGradient(), p.getKey()));
            Freeze.parse("upto:conv2d-1").apply(parts);
            assertEquals(
                    2L,
                    backbone.getParameters().values().stream()
                            .filter(p -> !p.requiresGradient())
                            .count(),
                    "only the first convolution's weight and bias");
            GlyphException e = assertThrows(
                    GlyphException.class, () -> Freeze.parse("upto:Conv2d").apply(parts));
            assertTrue(
                    e.getMessage().contains("layers: Conv2d-1, ReLU-1, Conv2d-2, ReLU-2, batchFlatten."),
                    e.getMessage());
        }
    }

    @Test
    void frozenBatchNormStillFollowsTheBatchStatisticsInTraining() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelParts parts = network(manager);
            Freeze.all().apply(parts);
            Parameter mean = parts.backbone().getParameters().values().stream()
                    .filter(p -> p.getType() == Parameter.Type.RUNNING_MEAN)
                    .findFirst()
                    .orElseThrow();
            float[] before = mean.getArray().toFloatArray();
            NDArray shifted = manager.randomUniform(5, 6, new Shape(8, 1, 6, 6));
            parts.network().forward(new ParameterStore(manager, false), new NDList(shifted), true);
            assertNotEquals(before[0], mean.getArray().toFloatArray()[0], "running mean moved towards the new data");
            float[] afterTraining = mean.getArray().toFloatArray();
            parts.network().forward(new ParameterStore(manager, false), new NDList(shifted), false);
            assertEquals(afterTraining[0], mean.getArray().toFloatArray()[0], "inference leaves the statistics alone");
        }
    }
}
