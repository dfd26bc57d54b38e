package org.glyphtransfer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.List;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.util.onnx.ONNXContext;

/**
 * A layer the export cannot write is refused with its place in the network and what it is, also
 * when it carries the name of a layer the export knows but computes something else.
 */
class LayerWriterTest {
    static NDManager manager;
    static Probe probe;

    @BeforeAll
    static void start() {
        CpuEngine.startOnce();
        manager = NDManager.newBaseManager();
        probe = new Probe(manager);
    }

    @AfterAll
    static void stop() {
        probe.close();
        manager.close();
    }

    private static String refusal(Block layer, Shape in) {
        NamedSequentialBlock backbone =
                new NamedSequentialBlock().add("first", Blocks.identityBlock()).add("odd", layer);
        backbone.initialize(manager, DataType.FLOAT32, in);
        ONNXContext context = new ONNXContext();
        LayerWriter writer = new LayerWriter(new GraphWriter(context), probe);
        Flow image = new Flow(context.floatInput("image", 1), in);
        return assertThrows(UnsupportedLayer.class, () -> writer.write("backbone", backbone, image))
                .getMessage();
    }

    @Test
    void aFunctionBlockNamedReluThatDoublesIsRefused() {
        assertEquals(
                "layer 'backbone/odd' is a LambdaBlock 'ReLU' whose function the export cannot read (it knows DJL's"
                        + " activations, flatten, identity and 2-D pooling blocks and glyph's own)",
                refusal(LambdaBlock.singleton(x -> x.mul(2), "ReLU"), new Shape(1, 8)));
    }

    @Test
    void anUnknownFunctionBlockIsNamed() {
        assertEquals(
                "layer 'backbone/odd' is a LambdaBlock 'GELU' whose function the export cannot read (it knows DJL's"
                        + " activations, flatten, identity and 2-D pooling blocks and glyph's own)",
                refusal(Activation.geluBlock(), new Shape(1, 8)));
    }

    @Test
    void aParallelBlockThatConcatenatesIsRefused() {
        ParallelBlock concat = new ParallelBlock(
                paths -> new NDList(
                        paths.get(0).singletonOrThrow().concat(paths.get(1).singletonOrThrow(), 1)),
                List.of(Blocks.identityBlock(), Blocks.identityBlock()));
        assertEquals(
                "layer 'backbone/odd' is a ParallelBlock that does not add its branches, the only join the export writes",
                refusal(concat, new Shape(1, 8)));
    }

    @Test
    void aLinearLayerOnImagesIsRefused() {
        assertEquals(
                "layer 'backbone/odd' is a Linear layer on a (1, 6, 6) input; the export writes Linear only after a"
                        + " flatten",
                refusal(Linear.builder().setUnits(3).build(), new Shape(1, 1, 6, 6)));
    }

    @Test
    void aPaddedPoolIsRefused() {
        Block padded = Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1));
        assertEquals(
                "layer 'backbone/odd' is a 2-D pooling with padding or a ceiling mode, which the export does not"
                        + " write; pool without padding instead",
                refusal(padded, new Shape(1, 2, 8, 8)));
    }
}
