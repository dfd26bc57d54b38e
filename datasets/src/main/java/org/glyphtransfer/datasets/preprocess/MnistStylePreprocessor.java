package org.glyphtransfer.datasets.preprocess;

import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import org.glyphtransfer.api.ImagePreprocessor;

/**
 * MNIST-style normalisation of a photo or scan of one letter: grey (transparency composited on
 * white) → white ink on black (inverted when the border is light) → contrast stretched above the
 * paper's texture, specks removed → cropped to the ink → thin strokes thickened to MNIST's width →
 * longer side scaled to 20 px keeping the aspect ratio → pasted into 28 × 28 with the centre of
 * mass at (14, 14), where MNIST puts it. Output is quantised to 8 bits like an MNIST file, so the
 * stored training data and prediction inputs are identical.
 */
public final class MnistStylePreprocessor implements ImagePreprocessor {
    /**
     * Default stroke width thin strokes are thickened to before resampling; resampling softens
     * edges, and 2.4 gives the letter scans the median width of MNIST digits (about 2 px by the
     * 2 × area / perimeter measure).
     */
    public static final double DEFAULT_STROKE_WIDTH = 2.4;

    private static final int CANVAS = 28;
    private static final double CENTRE = 14.0;
    /** Faint haze left around strokes by resampling; MNIST has about half as much. */
    private static final float HAZE = 0.05f;

    private final int fitSize;
    private final double strokeWidth;
    private final double whiteQuantile;
    private final InkExtractor extractor;

    private MnistStylePreprocessor(Builder b) {
        this.fitSize = b.fitSize;
        this.strokeWidth = b.strokeWidth;
        this.whiteQuantile = b.whiteQuantile;
        this.extractor = new InkExtractor(b.whiteQuantile, b.speckShare);
    }

    /** @return a builder with MNIST's defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Shape outputShape() {
        return new Shape(1, CANVAS, CANVAS);
    }

    @Override
    public float[] apply(BufferedImage image) {
        GreyImage ink = extractor.extract(GreyImage.fromImage(image));
        int[] box = InkBox.of(ink);
        if (box == null) {
            return new float[CANVAS * CANVAS];
        }
        GreyImage letter = ink.crop(box[0], box[1], box[2], box[3]);
        letter = thicken(letter);
        double scale = (double) fitSize / Math.max(letter.width, letter.height);
        int w = Math.max(1, (int) Math.round(letter.width * scale));
        int h = Math.max(1, (int) Math.round(letter.height * scale));
        GreyImage fitted = Resampler.resize(letter, w, h);
        restretch(fitted);
        return quantise(pasteByCentreOfMass(fitted));
    }

    /**
     * Thickens strokes so that, after scaling to {@link #fitSize}, they are {@link #strokeWidth}
     * wide. Dilating by r widens strokes by 2r and the box by 2r, so r solves
     * (w + 2r) · fit / (side + 2r) = target.
     */
    private GreyImage thicken(GreyImage letter) {
        if (strokeWidth <= 0) {
            return letter;
        }
        double width = StrokeWidth.estimate(letter);
        int side = Math.max(letter.width, letter.height);
        double radius = (strokeWidth * side - fitSize * width) / (2 * (fitSize - strokeWidth));
        if (width <= 0 || radius < 0.25) {
            return letter;
        }
        int margin = (int) Math.ceil(radius) + 1;
        GreyImage thick = StrokeWidth.dilate(letter.pad(margin), radius);
        int[] box = InkBox.of(thick);
        return thick.crop(box[0], box[1], box[2], box[3]);
    }

    /** Resampling softens peaks; stretch again so stroke cores are white, as in MNIST. */
    private void restretch(GreyImage image) {
        int n = 0;
        for (float v : image.pixels) {
            if (v > HAZE) {
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        float[] ink = new float[n];
        int k = 0;
        for (float v : image.pixels) {
            if (v > HAZE) {
                ink[k++] = v;
            }
        }
        float white = Math.max(2 * HAZE, GreyImage.quantile(ink, whiteQuantile));
        for (int i = 0; i < image.pixels.length; i++) {
            image.pixels[i] = Math.max(0f, Math.min(1f, (image.pixels[i] - HAZE) / (white - HAZE)));
        }
    }

    private static float[] pasteByCentreOfMass(GreyImage fitted) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < fitted.height; y++) {
            for (int x = 0; x < fitted.width; x++) {
                float v = fitted.get(x, y);
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        double cx = mass > 0 ? mx / mass : (fitted.width - 1) / 2.0;
        double cy = mass > 0 ? my / mass : (fitted.height - 1) / 2.0;
        int left = clamp((int) Math.round(CENTRE - cx), 0, CANVAS - fitted.width);
        int top = clamp((int) Math.round(CENTRE - cy), 0, CANVAS - fitted.height);
        float[] out = new float[CANVAS * CANVAS];
        for (int y = 0; y < fitted.height; y++) {
            System.arraycopy(fitted.pixels, y * fitted.width, out, (top + y) * CANVAS + left, fitted.width);
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static float[] quantise(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(Math.max(0f, Math.min(1f, values[i])) * 255f) / 255f;
        }
        return values;
    }

    /** Builder of {@link MnistStylePreprocessor}. */
    public static final class Builder {
        private int fitSize = 20;
        private double strokeWidth = DEFAULT_STROKE_WIDTH;
        private double whiteQuantile = 0.6;
        private double speckShare = 0.1;

        private Builder() {}

        /**
         * @param pixels the longer side of the letter in the 28 × 28 output; default 20, as MNIST
         * @return this builder
         */
        public Builder optFitSize(int pixels) {
            if (pixels < 4 || pixels > CANVAS) {
                throw new IllegalArgumentException("fit size must be in [4, 28]: " + pixels);
            }
            this.fitSize = pixels;
            return this;
        }

        /**
         * @param pixels the stroke width, in output pixels before the final resampling softens it,
         *     that thinner strokes are thickened to; default {@link #DEFAULT_STROKE_WIDTH}; 0 leaves
         *     strokes as they are
         * @return this builder
         */
        public Builder optStrokeWidth(double pixels) {
            if (pixels < 0 || pixels >= fitSize / 2.0) {
                throw new IllegalArgumentException("stroke width must be in [0, " + fitSize / 2 + "): " + pixels);
            }
            this.strokeWidth = pixels;
            return this;
        }

        /**
         * @param quantile share of ink pixels darker than full white (0.6 = the top 40 % of ink
         *     saturates, close to MNIST's 37 %); default 0.6
         * @return this builder
         */
        public Builder optWhiteQuantile(double quantile) {
            this.whiteQuantile = quantile;
            return this;
        }

        /**
         * @param share pieces of ink with less than this share of the heaviest piece's ink are
         *     removed as specks; default 0.1
         * @return this builder
         */
        public Builder optSpeckShare(double share) {
            this.speckShare = share;
            return this;
        }

        /** @return the preprocessor */
        public MnistStylePreprocessor build() {
            return new MnistStylePreprocessor(this);
        }
    }
}
