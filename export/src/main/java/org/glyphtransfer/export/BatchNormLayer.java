package org.glyphtransfer.export;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

/**
 * Writes a {@code BatchNorm} in inference form: {@code y = (x − mean) · γ / √(var + ε) + β} per
 * channel, with its running mean and variance. DJL does not expose ε, so the factor
 * {@code γ / √(var + ε)} is read from the layer's answer to {@code x = mean + 1}, which gives it to
 * float precision; a random input then confirms the whole translation.
 */
final class BatchNormLayer {
    private final GraphWriter graph;
    private final Probe probe;

    BatchNormLayer(GraphWriter graph, Probe probe) {
        this.graph = graph;
        this.probe = probe;
    }

    /**
     * @param path the layer's place
     * @param norm the BatchNorm layer
     * @param in its input, N × C × …
     * @return its output
     */
    Flow write(String path, Block norm, Flow in) {
        int channels = Math.toIntExact(in.shape().get(1));
        float[] mean = LayerWriter.parameter(norm, "runningMean").toFloatArray();
        float[] beta = LayerWriter.parameter(norm, "beta").toFloatArray();
        long area = in.shape().size() / channels;
        float[] atMeanPlusOne = new float[Math.toIntExact(in.shape().size())];
        for (int i = 0; i < atMeanPlusOne.length; i++) {
            atMeanPlusOne[i] = mean[(int) (i / area)] + 1;
        }
        float[] answer = probe.run(norm, in.shape(), atMeanPlusOne).values();
        float[] factor = new float[channels];
        for (int c = 0; c < channels; c++) {
            factor[c] = answer[(int) (c * area)] - beta[c];
        }
        float[] x = probe.gaussian(in.shape().size(), 2);
        double[] expected = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int c = (int) (i / area);
            expected[i] = ((double) x[i] - mean[c]) * factor[c] + beta[c];
        }
        if (mean.length != channels
                || !Probe.agree(expected, probe.run(norm, in.shape(), x).values())) {
            throw new UnsupportedLayer(
                    path, "a BatchNorm that does not normalise axis 1 with its running statistics and shift");
        }
        // Per-channel constants broadcast over the axes after the channel: C × 1 × 1 for images.
        long[] dims = new long[in.shape().dimension() - 1];
        java.util.Arrays.fill(dims, 1);
        dims[0] = channels;
        Shape perChannel = new Shape(dims);
        Flow centred = graph.elementwise(
                OnnxOps.SUB, path + "/centred", in, graph.floats(path + "/runningMean", perChannel, mean));
        Flow scaled = graph.elementwise(
                OnnxOps.MUL, path + "/scaled", centred, graph.floats(path + "/factor", perChannel, factor));
        return graph.elementwise(OnnxOps.ADD, path, scaled, graph.floats(path + "/beta", perChannel, beta));
    }
}
