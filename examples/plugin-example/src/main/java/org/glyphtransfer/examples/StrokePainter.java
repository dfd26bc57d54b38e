package org.glyphtransfer.examples;

import java.util.Arrays;
import java.util.Random;

/**
 * A square grey canvas (white ink on black, values in [0, 1]) that draws anti-aliased straight
 * strokes and adds pixel noise. Reused for every sample of a split to avoid garbage.
 */
final class StrokePainter {
    private final int size;
    private final float[] pixels;

    StrokePainter(int size) {
        this.size = size;
        this.pixels = new float[size * size];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(pixels, 0f);
    }

    /**
     * Draws a segment: a pixel's ink falls off linearly over one pixel at the stroke's edge,
     * which keeps thin strokes visible after resizing.
     */
    void stroke(double x0, double y0, double x1, double y1, double thickness) {
        double half = thickness / 2;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = distanceToSegment(x + 0.5, y + 0.5, x0, y0, x1, y1);
                float ink = (float) Math.min(1, Math.max(0, half + 0.5 - d));
                int i = y * size + x;
                pixels[i] = Math.max(pixels[i], ink);
            }
        }
    }

    /** Adds Gaussian noise of standard deviation {@code sigma}, clipped back into [0, 1]. */
    void addNoise(double sigma, Random random) {
        if (sigma <= 0) {
            return;
        }
        for (int i = 0; i < pixels.length; i++) {
            double v = pixels[i] + sigma * random.nextGaussian();
            pixels[i] = (float) Math.min(1, Math.max(0, v));
        }
    }

    /** Copies the canvas into {@code target} at {@code offset}. */
    void copyTo(float[] target, int offset) {
        System.arraycopy(pixels, 0, target, offset, pixels.length);
    }

    private static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double vx = x1 - x0;
        double vy = y1 - y0;
        double lengthSquared = vx * vx + vy * vy;
        double t = lengthSquared == 0 ? 0 : ((px - x0) * vx + (py - y0) * vy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double dx = px - (x0 + t * vx);
        double dy = py - (y0 + t * vy);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
