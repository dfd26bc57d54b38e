package org.glyphtransfer.datasets.preprocess;

/**
 * Grey-level min and max filters over square windows, done separably (rows, then columns). The
 * white top-hat (image minus its opening) keeps bright details narrower than the window — pen
 * strokes — and removes what is wider: shadows, vignetting, uneven paper.
 */
final class Morphology {
    private Morphology() {}

    /**
     * @param image bright details on a darker, possibly uneven background
     * @param window the window side in pixels; wider than any stroke, narrower than shading
     * @return image − opening(image), ≥ 0
     */
    static GreyImage whiteTopHat(GreyImage image, int window) {
        GreyImage opened = filter(filter(image, window, false), window, true);
        GreyImage out = new GreyImage(image.width, image.height);
        for (int i = 0; i < out.pixels.length; i++) {
            out.pixels[i] = Math.max(0f, image.pixels[i] - opened.pixels[i]);
        }
        return out;
    }

    private static GreyImage filter(GreyImage in, int window, boolean max) {
        int radius = window / 2;
        GreyImage rows = new GreyImage(in.width, in.height);
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                float best = in.get(x, y);
                for (int k = Math.max(0, x - radius); k <= Math.min(in.width - 1, x + radius); k++) {
                    float v = in.get(k, y);
                    best = max ? Math.max(best, v) : Math.min(best, v);
                }
                rows.pixels[y * in.width + x] = best;
            }
        }
        GreyImage out = new GreyImage(in.width, in.height);
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                float best = rows.get(x, y);
                for (int k = Math.max(0, y - radius); k <= Math.min(in.height - 1, y + radius); k++) {
                    float v = rows.get(x, k);
                    best = max ? Math.max(best, v) : Math.min(best, v);
                }
                out.pixels[y * in.width + x] = best;
            }
        }
        return out;
    }
}
