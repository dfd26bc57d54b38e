package org.glyphtransfer.export;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.util.Pair;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.LayerNames;
import org.glyphtransfer.models.blocks.CentreCrop;
import org.tribuo.util.onnx.ONNXRef;

/**
 * Writes a DJL block tree as ONNX nodes, layer by layer: sequences in order, {@code Conv2d},
 * {@code Linear}, {@code BatchNorm} in inference form, dropout left out, glyph's centre crop, the
 * function blocks of {@link LambdaLayers}, and residual sums (a {@code ParallelBlock} whose
 * answer is the sum of its branches, as in ResNet). Anything else is refused with its place in the
 * tree.
 */
final class LayerWriter {
    private final GraphWriter graph;
    private final Probe probe;
    private final LambdaLayers lambdas;
    private final BatchNormLayer batchNorm;

    LayerWriter(GraphWriter graph, Probe probe) {
        this.graph = graph;
        this.probe = probe;
        this.lambdas = new LambdaLayers(graph, probe);
        this.batchNorm = new BatchNormLayer(graph, probe);
    }

    /**
     * @param path the block's place, e.g. {@code backbone/conv1}; names its nodes and weights
     * @param block the block
     * @param in its input
     * @return its output
     * @throws UnsupportedLayer for a layer the export cannot write
     */
    Flow write(String path, Block block, Flow in) {
        if (block instanceof SequentialBlock) {
            Flow flow = in;
            List<String> names = LayerNames.of(block);
            int i = 0;
            for (Pair<String, Block> child : block.getChildren()) {
                flow = write(path + "/" + names.get(i++), child.getValue(), flow);
            }
            return flow;
        }
        Class<?> type = block.getClass();
        if (type == Conv2d.class) {
            return conv(path, (Conv2d) block, in);
        } else if (type == Linear.class) {
            return dense(path, block, in);
        } else if (type == BatchNorm.class) {
            return batchNorm.write(path, block, in);
        } else if (type == Dropout.class) {
            return in; // active only in training
        } else if (type == CentreCrop.class) {
            return crop(path, block, in);
        } else if (type == LambdaBlock.class) {
            return lambdas.write(path, (LambdaBlock) block, in);
        } else if (type == ParallelBlock.class) {
            return residual(path, block, in);
        }
        throw new UnsupportedLayer(
                path, "a " + type.getSimpleName() + ", a kind of layer the export does not know how to write");
    }

    private Flow conv(String path, Conv2d conv, Flow in) {
        Shape out = conv.getOutputShapes(new Shape[] {in.shape()})[0];
        ONNXRef<?> weight = graph.weights(path + "/weight", parameter(conv, "weight"));
        List<ONNXRef<?>> more = conv.isIncludeBias()
                ? List.of(weight, graph.weights(path + "/bias", parameter(conv, "bias")))
                : List.of(weight);
        int[] pad = ints(conv.getPadding());
        Map<String, Object> attributes = Map.of(
                "kernel_shape", ints(conv.getKernelShape()),
                "strides", ints(conv.getStride()),
                "pads", new int[] {pad[0], pad[1], pad[0], pad[1]},
                "dilations", ints(conv.getDilation()),
                "group", conv.getGroups());
        return graph.node(OnnxOps.CONV, path, in, more, attributes, out);
    }

    private Flow dense(String path, Block linear, Flow in) {
        if (in.shape().dimension() != 2) {
            throw new UnsupportedLayer(
                    path,
                    "a Linear layer on a " + in.sample() + " input; the export writes Linear only after a flatten");
        }
        Shape out = linear.getOutputShapes(new Shape[] {in.shape()})[0];
        List<ONNXRef<?>> more = List.of(
                graph.weights(path + "/weight", parameter(linear, "weight")),
                graph.weights(path + "/bias", parameter(linear, "bias")));
        // DJL keeps the weight as units × inputs: y = x Wᵀ + b.
        return graph.node(OnnxOps.GEMM, path, in, more, Map.of("transB", 1), out);
    }

    private Flow crop(String path, Block crop, Flow in) {
        Shape out = crop.getOutputShapes(new Shape[] {in.shape()})[0];
        long top = (in.shape().get(2) - out.get(2)) / 2;
        long left = (in.shape().get(3) - out.get(3)) / 2;
        List<ONNXRef<?>> bounds = List.of(
                graph.longs(path + "/starts", new long[] {top, left}),
                graph.longs(path + "/ends", new long[] {top + out.get(2), left + out.get(3)}),
                graph.longs(path + "/axes", new long[] {2, 3}));
        return graph.node(OnnxOps.SLICE, path, in, bounds, Map.of(), out);
    }

    /** A ParallelBlock is written only when the probe shows it adds its branches' answers. */
    private Flow residual(String path, Block parallel, Flow in) {
        List<Pair<String, Block>> branches = parallel.getChildren().stream().toList();
        float[] x = probe.gaussian(in.shape().size(), 1);
        Probe.Answer sum = probe.run(parallel, in.shape(), x);
        double[] expected = new double[sum.values().length];
        for (Pair<String, Block> branch : branches) {
            float[] y = probe.run(branch.getValue(), in.shape(), x).values();
            if (y.length != expected.length) {
                throw notASum(path);
            }
            for (int i = 0; i < y.length; i++) {
                expected[i] += y[i];
            }
        }
        if (branches.size() < 2 || !Probe.agree(expected, sum.values())) {
            throw notASum(path);
        }
        List<String> names = LayerNames.of(parallel);
        Flow total = write(path + "/" + names.get(0), branches.get(0).getValue(), in);
        for (int b = 1; b < branches.size(); b++) {
            Flow branch = write(path + "/" + names.get(b), branches.get(b).getValue(), in);
            total = graph.node(
                    OnnxOps.ADD,
                    path + (b == branches.size() - 1 ? "" : "/sum" + b),
                    total,
                    List.of(branch.ref()),
                    Map.of(),
                    sum.shape());
        }
        return total;
    }

    private static UnsupportedLayer notASum(String path) {
        return new UnsupportedLayer(
                path, "a ParallelBlock that does not add its branches, the only join the export writes");
    }

    static NDArray parameter(Block block, String name) {
        return block.getDirectParameters().get(name).getArray();
    }

    private static int[] ints(Shape shape) {
        int[] values = new int[shape.dimension()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.toIntExact(shape.get(i));
        }
        return values;
    }
}
