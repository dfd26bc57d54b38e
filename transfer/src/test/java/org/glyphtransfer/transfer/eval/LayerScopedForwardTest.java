package org.glyphtransfer.transfer.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer-scoped forward pass computes what the plain one does and frees what it no longer needs. */
class LayerScopedForwardTest {
    private static final Shape BATCH = new Shape(8, 1, 12, 12);

    @BeforeAll
    static void engine() {
        CpuEngine.start(2, 3);
    }

    @Test
    void givesExactlyThePlainForwardPassOfANestedResidualNetwork() {
        Block network = network(new ArrayList<>());
        try (NDManager manager = NDManager.newBaseManager()) {
            network.initialize(manager, DataType.FLOAT32, BATCH);
            NDArray images = manager.randomNormal(BATCH);
            float[] plain = network.forward(new ParameterStore(manager, false), new NDList(images), false)
                    .singletonOrThrow()
                    .toFloatArray();
            try (NDManager scope = manager.newSubManager()) {
                float[] scoped = LayerScopedForward.forward(network, new NDList(images), scope)
                        .singletonOrThrow()
                        .toFloatArray();
                assertArrayEquals(plain, scoped, 0f);
            }
            assertFalse(images.isReleased(), "the caller's input stays the caller's");
        }
    }

    @Test
    void freesEveryActivationBeforeTheBatchEnds() {
        List<NDArray> seen = new ArrayList<>();
        Block network = network(seen);
        try (NDManager manager = NDManager.newBaseManager()) {
            network.initialize(manager, DataType.FLOAT32, BATCH);
            NDArray images = manager.randomNormal(BATCH);
            seen.clear();
            try (NDManager scope = manager.newSubManager()) {
                network.forward(new ParameterStore(scope, false), new NDList(images), false);
                assertEquals(2, seen.size());
                assertTrue(seen.stream().noneMatch(NDArray::isReleased), "a plain pass keeps them to the end");
            }
            seen.clear();
            try (NDManager scope = manager.newSubManager()) {
                NDArray out = LayerScopedForward.forward(network, new NDList(images), scope)
                        .singletonOrThrow();
                assertEquals(2, seen.size());
                assertTrue(seen.get(0) != images && seen.get(1) != images);
                assertTrue(seen.stream().allMatch(NDArray::isReleased), "activations freed while the batch runs");
                assertFalse(out.isReleased());
                assertFalse(images.isReleased());
            }
        }
    }

    /** Identity first (it passes the caller's input on), a residual block inside a nested sequence, probes. */
    private static Block network(List<NDArray> seen) {
        SequentialBlock main = new SequentialBlock()
                .add(conv(4))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(conv(4));
        ParallelBlock residual = new ParallelBlock(
                paths -> new NDList(
                        paths.get(0).singletonOrThrow().add(paths.get(1).singletonOrThrow())),
                List.of(main, Blocks.identityBlock()));
        SequentialBlock stage = new SequentialBlock()
                .add(conv(4))
                .add(probe(seen))
                .add(residual)
                .add(Activation.reluBlock());
        return new SequentialBlock()
                .add(Blocks.identityBlock())
                .add(stage)
                .add(probe(seen))
                .add(Pool.globalAvgPool2dBlock())
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(3).build());
    }

    private static Block conv(int filters) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(1, 1))
                .build();
    }

    /** An identity layer that remembers the tensor it was given. */
    private static Block probe(List<NDArray> seen) {
        return new LambdaBlock(list -> {
            seen.add(list.singletonOrThrow());
            return new NDList(list.singletonOrThrow().mul(1));
        });
    }
}
