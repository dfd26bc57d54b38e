package org.glyphtransfer.datasets.preprocess;

/**
 * Resizes grey images: area averaging when shrinking (every source pixel contributes by the
 * share of it each output pixel covers, so thin strokes fade instead of vanishing) and bilinear
 * interpolation when enlarging.
 */
final class Resampler {
    private Resampler() {}

    static GreyImage resize(GreyImage in, int width, int height) {
        if (width <= in.width && height <= in.height) {
            return areaAverage(in, width, height);
        }
        if (width >= in.width && height >= in.height) {
            return bilinear(in, width, height);
        }
        // Shrinks one way and grows the other: grow first so no detail is averaged away twice.
        GreyImage grown = bilinear(in, Math.max(width, in.width), Math.max(height, in.height));
        return areaAverage(grown, width, height);
    }

    static GreyImage areaAverage(GreyImage in, int width, int height) {
        GreyImage out = new GreyImage(width, height);
        double sx = (double) in.width / width;
        double sy = (double) in.height / height;
        for (int oy = 0; oy < height; oy++) {
            double y0 = oy * sy;
            double y1 = y0 + sy;
            for (int ox = 0; ox < width; ox++) {
                double x0 = ox * sx;
                double x1 = x0 + sx;
                double sum = 0;
                for (int y = (int) y0; y < Math.min(in.height, Math.ceil(y1)); y++) {
                    double wy = Math.min(y1, y + 1) - Math.max(y0, y);
                    if (wy <= 0) {
                        continue;
                    }
                    for (int x = (int) x0; x < Math.min(in.width, Math.ceil(x1)); x++) {
                        double wx = Math.min(x1, x + 1) - Math.max(x0, x);
                        if (wx > 0) {
                            sum += wx * wy * in.get(x, y);
                        }
                    }
                }
                out.pixels[oy * width + ox] = (float) (sum / (sx * sy));
            }
        }
        return out;
    }

    static GreyImage bilinear(GreyImage in, int width, int height) {
        GreyImage out = new GreyImage(width, height);
        double sx = (double) in.width / width;
        double sy = (double) in.height / height;
        for (int oy = 0; oy < height; oy++) {
            double fy = Math.max(0, Math.min(in.height - 1, (oy + 0.5) * sy - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(in.height - 1, y0 + 1);
            double ty = fy - y0;
            for (int ox = 0; ox < width; ox++) {
                double fx = Math.max(0, Math.min(in.width - 1, (ox + 0.5) * sx - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(in.width - 1, x0 + 1);
                double tx = fx - x0;
                double top = (1 - tx) * in.get(x0, y0) + tx * in.get(x1, y0);
                double bottom = (1 - tx) * in.get(x0, y1) + tx * in.get(x1, y1);
                out.pixels[oy * width + ox] = (float) ((1 - ty) * top + ty * bottom);
            }
        }
        return out;
    }
}
