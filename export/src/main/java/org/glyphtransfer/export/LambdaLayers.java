package org.glyphtransfer.export;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The function blocks (DJL's {@code LambdaBlock}) the export knows: activations, flatten,
 * identity, 2-D pooling and global average pooling, and glyph's log-sigmoid. A block is known by
 * the name DJL or glyph gives it and confirmed by a {@link Probe}: its answers must be those of the
 * ONNX translation, or the layer is refused.
 */
final class LambdaLayers {
    /** Element-wise functions by block name, with what they compute. */
    private static final Map<String, DoubleUnaryOperator> ELEMENTWISE = Map.of(
            "ReLU", x -> Math.max(0, x),
            "Tanh", Math::tanh,
            "sigmoid", x -> 1 / (1 + Math.exp(-x)),
            "softPlus", LambdaLayers::softplus,
            "logSigmoid", x -> -softplus(-x),
            "identity", x -> x);

    private final GraphWriter graph;
    private final Probe probe;

    LambdaLayers(GraphWriter graph, Probe probe) {
        this.graph = graph;
        this.probe = probe;
    }

    /**
     * @param path the layer's place, for node names and messages
     * @param block the function block
     * @param in its input
     * @return its output in the graph
     * @throws UnsupportedLayer when the block is not one the export knows
     */
    Flow write(String path, LambdaBlock block, Flow in) {
        String name = block.getName();
        Shape out = block.getOutputShapes(new Shape[] {in.shape()})[0];
        DoubleUnaryOperator f = ELEMENTWISE.get(name);
        if (f != null) {
            float[] x = probe.gaussian(in.shape().size(), 4);
            if (!out.equals(in.shape())
                    || !Probe.agree(apply(f, x), probe.run(block, in.shape(), x).values())) {
                throw unknown(path, name);
            }
            return elementwise(path, name, in);
        }
        return switch (name) {
            case "batchFlatten" -> flatten(path, block, in);
            case "maxPool2d", "avgPool2d" -> pool(path, block, in, name.equals("maxPool2d"));
            case "globalAvgPool2d" -> globalAverage(path, block, in, out);
            default -> throw unknown(path, name);
        };
    }

    private Flow elementwise(String path, String name, Flow in) {
        return switch (name) {
            case "ReLU" -> graph.elementwise(OnnxOps.RELU, path, in);
            case "Tanh" -> graph.elementwise(OnnxOps.TANH, path, in);
            case "sigmoid" -> graph.elementwise(OnnxOps.SIGMOID, path, in);
            case "softPlus" -> graph.elementwise(OnnxOps.SOFTPLUS, path, in);
            case "logSigmoid" -> {
                // log σ(x) = −softplus(−x), the stable form the layer itself computes.
                Flow negated = graph.elementwise(OnnxOps.NEG, path + "/neg", in);
                Flow soft = graph.elementwise(OnnxOps.SOFTPLUS, path + "/softplus", negated);
                yield graph.elementwise(OnnxOps.NEG, path, soft);
            }
            default -> in;
        };
    }

    private Flow flatten(String path, LambdaBlock block, Flow in) {
        float[] x = probe.gaussian(in.shape().size(), 1);
        Probe.Answer answer = probe.run(block, in.shape(), x);
        Shape flat = new Shape(in.shape().get(0), in.shape().size() / in.shape().get(0));
        if (!answer.shape().equals(flat) || !Probe.agree(apply(v -> v, x), answer.values())) {
            throw unknown(path, "batchFlatten");
        }
        return in.shape().dimension() == 2
                ? in
                : graph.node(OnnxOps.FLATTEN, path, in, List.of(), Map.of("axis", 1), flat);
    }

    private Flow pool(String path, LambdaBlock block, Flow in, boolean max) {
        Optional<PoolWindow> window = PoolWindow.measure(probe, block, in.shape(), max);
        if (window.isEmpty()) {
            throw new UnsupportedLayer(
                    path,
                    "a 2-D pooling with padding or a ceiling mode, which the export does not write; pool without"
                            + " padding instead");
        }
        Shape out = block.getOutputShapes(new Shape[] {in.shape()})[0];
        Map<String, Object> attributes = Map.of(
                "kernel_shape", window.get().kernel(), "strides", window.get().strides(), "pads", new int[4]);
        return graph.node(max ? OnnxOps.MAX_POOL : OnnxOps.AVERAGE_POOL, path, in, List.of(), attributes, out);
    }

    private Flow globalAverage(String path, LambdaBlock block, Flow in, Shape out) {
        long channels = in.shape().get(1);
        long area = in.shape().size() / channels;
        Shape flat = new Shape(1, channels);
        float[] x = probe.gaussian(in.shape().size(), 1);
        double[] means = new double[Math.toIntExact(channels)];
        for (int i = 0; i < x.length; i++) {
            means[(int) (i / area)] += x[i] / (double) area;
        }
        if (in.shape().dimension() != 4
                || !(out.equals(flat) || out.equals(new Shape(1, channels, 1, 1)))
                || !Probe.agree(means, probe.run(block, in.shape(), x).values())) {
            throw unknown(path, "globalAvgPool2d");
        }
        Flow pooled = graph.node(
                OnnxOps.GLOBAL_AVERAGE_POOL,
                path + (out.equals(flat) ? "/pool" : ""),
                in,
                List.of(),
                Map.of(),
                new Shape(1, channels, 1, 1));
        return out.equals(flat)
                ? graph.node(OnnxOps.FLATTEN, path, pooled, List.of(), Map.of("axis", 1), flat)
                : pooled;
    }

    private static UnsupportedLayer unknown(String path, String name) {
        return new UnsupportedLayer(
                path,
                "a LambdaBlock '" + name + "' whose function the export cannot read (it knows DJL's activations,"
                        + " flatten, identity and 2-D pooling blocks and glyph's own)");
    }

    private static double[] apply(DoubleUnaryOperator f, float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
