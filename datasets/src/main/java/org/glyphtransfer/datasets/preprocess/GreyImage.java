package org.glyphtransfer.datasets.preprocess;

import java.awt.image.BufferedImage;

/**
 * A grey image as floats, row-major, for the normalisation steps. Values are 0–255 on the way in
 * (0 = black) and 0–1 once ink has been made white on black.
 */
final class GreyImage {
    final int width;
    final int height;
    final float[] pixels;

    GreyImage(int width, int height, float[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    GreyImage(int width, int height) {
        this(width, height, new float[width * height]);
    }

    /**
     * Converts any decoded image to grey 0–255 (Rec. 601 luma), compositing transparent pixels
     * on white first: a transparent scan background is paper, not ink.
     */
    static GreyImage fromImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] grey = new float[w * h];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            float alpha = (p >>> 24) / 255f;
            float luma = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            grey[i] = alpha * luma + (1 - alpha) * 255f;
        }
        return new GreyImage(w, h, grey);
    }

    float get(int x, int y) {
        return pixels[y * width + x];
    }

    /** @return the values of the outermost ring of pixels */
    float[] border() {
        if (width < 3 || height < 3) {
            return pixels.clone();
        }
        float[] out = new float[2 * width + 2 * (height - 2)];
        int n = 0;
        for (int x = 0; x < width; x++) {
            out[n++] = get(x, 0);
            out[n++] = get(x, height - 1);
        }
        for (int y = 1; y < height - 1; y++) {
            out[n++] = get(0, y);
            out[n++] = get(width - 1, y);
        }
        return out;
    }

    /** The sub-image x0 ≤ x < x1, y0 ≤ y < y1. */
    GreyImage crop(int x0, int y0, int x1, int y1) {
        GreyImage out = new GreyImage(x1 - x0, y1 - y0);
        for (int y = y0; y < y1; y++) {
            System.arraycopy(pixels, y * width + x0, out.pixels, (y - y0) * out.width, out.width);
        }
        return out;
    }

    /** The same image with {@code margin} black pixels added on every side. */
    GreyImage pad(int margin) {
        GreyImage out = new GreyImage(width + 2 * margin, height + 2 * margin);
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * width, out.pixels, (y + margin) * out.width + margin, width);
        }
        return out;
    }

    /**
     * The q-quantile (0–1) of some values, by sorting a copy.
     */
    static float quantile(float[] values, double q) {
        if (values.length == 0) {
            return 0f;
        }
        float[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int index = (int) Math.round(q * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
