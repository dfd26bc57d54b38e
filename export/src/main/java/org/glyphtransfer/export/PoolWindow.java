package org.glyphtransfer.export;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.Optional;

/**
 * The window of a 2-D pooling layer, read from the layer's answers: DJL's pooling blocks keep
 * kernel and stride inside a function. A ramp down the rows shows the window's height and
 * vertical stride (the maximum of a window is its last row, the mean its middle row), a ramp
 * along the columns its width; an input of random values then confirms that the layer pools
 * exactly these windows, without padding, so the ONNX pool computes the same.
 *
 * @param kernelHeight window rows
 * @param kernelWidth window columns
 * @param strideHeight rows between windows
 * @param strideWidth columns between windows
 */
record PoolWindow(int kernelHeight, int kernelWidth, int strideHeight, int strideWidth) {

    /**
     * @param probe runs the layer
     * @param pool the pooling layer
     * @param in its input shape, N × C × H × W
     * @param max true for max pooling, false for average pooling
     * @return the window, or empty when the layer is not a pooling without padding
     */
    static Optional<PoolWindow> measure(Probe probe, Block pool, Shape in, boolean max) {
        if (in.dimension() != 4) {
            return Optional.empty();
        }
        int h = Math.toIntExact(in.get(2));
        int w = Math.toIntExact(in.get(3));
        Shape one = new Shape(1, 1, h, w);
        Probe.Answer rows = probe.run(pool, one, ramp(h, w, true));
        Probe.Answer cols = probe.run(pool, one, ramp(h, w, false));
        if (rows.shape().dimension() != 4) {
            return Optional.empty();
        }
        int outH = Math.toIntExact(rows.shape().get(2));
        int outW = Math.toIntExact(rows.shape().get(3));
        int kh = side(rows.values()[0], max);
        int kw = side(cols.values()[0], max);
        int sh = outH > 1 ? Math.round(rows.values()[outW] - rows.values()[0]) : kh;
        int sw = outW > 1 ? Math.round(cols.values()[1] - cols.values()[0]) : kw;
        if (kh < 1 || kw < 1 || sh < 1 || sw < 1) {
            return Optional.empty();
        }
        PoolWindow window = new PoolWindow(kh, kw, sh, sw);
        float[] x = probe.gaussian((long) h * w, 1);
        Probe.Answer answer = probe.run(pool, one, x);
        return Probe.agree(window.pool(x, h, w, max), answer.values()) ? Optional.of(window) : Optional.empty();
    }

    private static float[] ramp(int h, int w, boolean down) {
        float[] values = new float[h * w];
        for (int i = 0; i < values.length; i++) {
            values[i] = down ? i / w : i % w;
        }
        return values;
    }

    /** The first window of a ramp 0, 1, 2, … ends at k − 1 (maximum) or is centred on (k − 1) / 2 (mean). */
    private static int side(float first, boolean max) {
        return max ? Math.round(first) + 1 : Math.round(2 * first) + 1;
    }

    /** Pools one H × W channel with this window, no padding, partial windows dropped. */
    private double[] pool(float[] x, int h, int w, boolean max) {
        int outH = h < kernelHeight ? 0 : (h - kernelHeight) / strideHeight + 1;
        int outW = w < kernelWidth ? 0 : (w - kernelWidth) / strideWidth + 1;
        double[] out = new double[outH * outW];
        for (int r = 0; r < outH; r++) {
            for (int c = 0; c < outW; c++) {
                double acc = max ? Double.NEGATIVE_INFINITY : 0;
                for (int i = 0; i < kernelHeight; i++) {
                    for (int j = 0; j < kernelWidth; j++) {
                        float v = x[(r * strideHeight + i) * w + c * strideWidth + j];
                        acc = max ? Math.max(acc, v) : acc + v;
                    }
                }
                out[r * outW + c] = max ? acc : acc / (kernelHeight * kernelWidth);
            }
        }
        return out;
    }

    /** @return kernel_shape for ONNX */
    int[] kernel() {
        return new int[] {kernelHeight, kernelWidth};
    }

    /** @return strides for ONNX */
    int[] strides() {
        return new int[] {strideHeight, strideWidth};
    }
}
