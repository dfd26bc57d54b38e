package org.glyphtransfer.datasets.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.glyphtransfer.api.BatchAugmenter;

/**
 * Random affine augmentation of training batches: rotation, shear, zoom about the image centre
 * and a shift, drawn per image from the run's seeded {@link Random} (five draws per image, in a
 * fixed order, so a seeded run repeats exactly). Pixels are resampled bilinearly; what comes from
 * outside the image is black, like MNIST's background.
 */
public final class AffineAugmenter implements BatchAugmenter {
    /** Default largest rotation, degrees. */
    public static final double DEFAULT_ROTATION_DEGREES = 15;
    /** Default largest shift, pixels. */
    public static final double DEFAULT_SHIFT_PIXELS = 2;
    /** Default largest shear, degrees. */
    public static final double DEFAULT_SHEAR_DEGREES = 10;
    /** Default largest zoom, relative. */
    public static final double DEFAULT_ZOOM = 0.1;

    private final double rotation;
    private final double shift;
    private final double shear;
    private final double zoom;

    private AffineAugmenter(Builder b) {
        this.rotation = Math.toRadians(b.rotationDegrees);
        this.shift = b.shiftPixels;
        this.shear = Math.toRadians(b.shearDegrees);
        this.zoom = b.zoom;
    }

    /** @return a builder with the default strengths */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public NDArray augment(NDArray batch, Random random) {
        Shape shape = batch.getShape();
        if (shape.dimension() != 4) {
            throw new IllegalArgumentException("Expected a B × C × H × W batch, got " + shape);
        }
        int b = (int) shape.get(0);
        int c = (int) shape.get(1);
        int h = (int) shape.get(2);
        int w = (int) shape.get(3);
        float[] in = batch.toFloatArray();
        float[] out = new float[in.length];
        for (int i = 0; i < b; i++) {
            double[] inverse = randomInverse(random, h, w);
            for (int ch = 0; ch < c; ch++) {
                int offset = (i * c + ch) * h * w;
                warp(in, out, offset, h, w, inverse);
            }
        }
        return batch.getManager().create(out, shape);
    }

    /**
     * The inverse map, output pixel → source pixel, as {a, b, tx, c, d, ty}.
     */
    private double[] randomInverse(Random random, int h, int w) {
        double angle = symmetric(random, rotation);
        double shearAngle = symmetric(random, shear);
        double scale = 1 + symmetric(random, zoom);
        double dx = symmetric(random, shift);
        double dy = symmetric(random, shift);
        // Forward: rotate ∘ shear ∘ scale about the centre, then shift.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double k = Math.tan(shearAngle);
        double f00 = scale * cos;
        double f01 = scale * (cos * k - sin);
        double f10 = scale * sin;
        double f11 = scale * (sin * k + cos);
        double det = f00 * f11 - f01 * f10;
        double i00 = f11 / det;
        double i01 = -f01 / det;
        double i10 = -f10 / det;
        double i11 = f00 / det;
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        // source = I · (out − centre − shift) + centre
        double ox = cx + dx;
        double oy = cy + dy;
        return new double[] {i00, i01, cx - i00 * ox - i01 * oy, i10, i11, cy - i10 * ox - i11 * oy};
    }

    private static double symmetric(Random random, double limit) {
        double u = random.nextDouble() * 2 - 1;
        return u * limit;
    }

    private static void warp(float[] in, float[] out, int offset, int h, int w, double[] m) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = m[0] * x + m[1] * y + m[2];
                double sy = m[3] * x + m[4] * y + m[5];
                out[offset + y * w + x] = bilinear(in, offset, h, w, sx, sy);
            }
        }
    }

    private static float bilinear(float[] in, int offset, int h, int w, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        double top = (1 - fx) * at(in, offset, h, w, x0, y0) + fx * at(in, offset, h, w, x0 + 1, y0);
        double bottom = (1 - fx) * at(in, offset, h, w, x0, y0 + 1) + fx * at(in, offset, h, w, x0 + 1, y0 + 1);
        return (float) ((1 - fy) * top + fy * bottom);
    }

    private static float at(float[] in, int offset, int h, int w, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0f : in[offset + y * w + x];
    }

    /** Builder of {@link AffineAugmenter}. */
    public static final class Builder {
        private double rotationDegrees = DEFAULT_ROTATION_DEGREES;
        private double shiftPixels = DEFAULT_SHIFT_PIXELS;
        private double shearDegrees = DEFAULT_SHEAR_DEGREES;
        private double zoom = DEFAULT_ZOOM;

        private Builder() {}

        /**
         * @param degrees largest rotation either way; default 15
         * @return this builder
         */
        public Builder optRotationDegrees(double degrees) {
            this.rotationDegrees = degrees;
            return this;
        }

        /**
         * @param pixels largest shift in each direction; default 2
         * @return this builder
         */
        public Builder optShiftPixels(double pixels) {
            this.shiftPixels = pixels;
            return this;
        }

        /**
         * @param degrees largest horizontal shear either way; default 10
         * @return this builder
         */
        public Builder optShearDegrees(double degrees) {
            this.shearDegrees = degrees;
            return this;
        }

        /**
         * @param zoom largest zoom in or out, relative (0.1 = ±10 %); default 0.1
         * @return this builder
         */
        public Builder optZoom(double zoom) {
            this.zoom = zoom;
            return this;
        }

        /** @return the augmenter */
        public AffineAugmenter build() {
            return new AffineAugmenter(this);
        }
    }
}
