package org.glyphtransfer.datasets.preprocess;

/**
 * Turns a grey photo or scan into white ink on black in [0, 1]: decides the polarity from the
 * border, removes uneven lighting with a white top-hat, sets the black point just above the
 * paper's texture and the white point inside the ink so stroke cores saturate as in MNIST, and
 * removes specks far smaller than the letter.
 */
final class InkExtractor {
    private final double whiteQuantile;
    private final double speckShare;

    /**
     * @param whiteQuantile quantile of the ink pixels that becomes full white
     * @param speckShare pieces of ink lighter than this share of the heaviest piece are removed
     */
    InkExtractor(double whiteQuantile, double speckShare) {
        this.whiteQuantile = whiteQuantile;
        this.speckShare = speckShare;
    }

    /**
     * @param grey grey values 0–255
     * @return ink in [0, 1], white on black, same size
     */
    GreyImage extract(GreyImage grey) {
        float background = GreyImage.quantile(grey.border(), 0.5);
        float darkest = GreyImage.quantile(grey.pixels, 0.01);
        float lightest = GreyImage.quantile(grey.pixels, 0.99);
        // Ink is whatever lies further from the paper: dark ink on light paper gets inverted.
        boolean invert = background - darkest > lightest - background;
        GreyImage bright = new GreyImage(grey.width, grey.height);
        for (int i = 0; i < bright.pixels.length; i++) {
            bright.pixels[i] = invert ? 255f - grey.pixels[i] : grey.pixels[i];
        }
        // A window a quarter of the shorter side is wider than any pen stroke of a letter that
        // fills the picture, and narrower than a shadow across it.
        int window = Math.max(5, Math.min(grey.width, grey.height) / 4) | 1;
        GreyImage ink = Morphology.whiteTopHat(bright, window);
        float blackPoint = blackPoint(ink.pixels);
        float whitePoint = whitePoint(ink.pixels, blackPoint);
        float range = Math.max(1f, whitePoint - blackPoint);
        for (int i = 0; i < ink.pixels.length; i++) {
            ink.pixels[i] = Math.max(0f, Math.min(1f, (ink.pixels[i] - blackPoint) / range));
        }
        InkComponents.removeSpecks(ink, speckShare);
        return ink;
    }

    /**
     * Above the paper's texture: most pixels are paper, so the median and spread of the whole
     * top-hat image describe it; the black point is the median plus four robust standard
     * deviations, and at least 6 grey levels.
     */
    private static float blackPoint(float[] values) {
        float median = GreyImage.quantile(values, 0.5);
        float q25 = GreyImage.quantile(values, 0.25);
        float q75 = GreyImage.quantile(values, 0.75);
        float sigma = (q75 - q25) / 1.35f;
        return median + Math.max(6f, 4f * sigma);
    }

    private float whitePoint(float[] values, float blackPoint) {
        int n = 0;
        for (float v : values) {
            if (v > blackPoint) {
                n++;
            }
        }
        if (n == 0) {
            return 255f;
        }
        float[] ink = new float[n];
        int k = 0;
        for (float v : values) {
            if (v > blackPoint) {
                ink[k++] = v;
            }
        }
        return GreyImage.quantile(ink, whiteQuantile);
    }
}
