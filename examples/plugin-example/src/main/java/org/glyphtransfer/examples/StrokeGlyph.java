package org.glyphtransfer.examples;

import java.util.List;
import java.util.Random;

/**
 * The classes of {@code synthetic-strokes}: glyphs made of straight strokes through the image
 * centre, each drawn with its own random length, angle jitter, thickness and position.
 */
enum StrokeGlyph {
    /** A vertical bar. */
    BAR("|", 90),
    /** A horizontal dash. */
    DASH("-", 0),
    /** A stroke rising to the right. */
    SLASH("/", 45),
    /** A stroke falling to the right. */
    BACKSLASH("\\", 135),
    /** A vertical and a horizontal stroke crossing. */
    PLUS("+", 90, 0);

    /** Jitter small enough that '/' never turns into '|' or '-'. */
    private static final double MAX_ANGLE_JITTER = 10;

    private final String label;
    private final double[] anglesDegrees;

    StrokeGlyph(String label, double... anglesDegrees) {
        this.label = label;
        this.anglesDegrees = anglesDegrees;
    }

    /** @return the class names in label order */
    static List<String> labels() {
        return java.util.Arrays.stream(values()).map(g -> g.label).toList();
    }

    /**
     * Draws one random instance of this glyph on a blank canvas.
     *
     * @param canvas the painter to draw on, already cleared
     * @param random the split's seeded random source
     */
    void draw(StrokePainter canvas, Random random) {
        int size = canvas.size();
        double scale = size / 28.0;
        double centreX = size / 2.0 + uniform(random, -2.5, 2.5) * scale;
        double centreY = size / 2.0 + uniform(random, -2.5, 2.5) * scale;
        double thickness = uniform(random, 1.2, 3.0) * scale;
        for (double angle : anglesDegrees) {
            double radians = Math.toRadians(angle + uniform(random, -MAX_ANGLE_JITTER, MAX_ANGLE_JITTER));
            double halfLength = uniform(random, 7, 10.5) * scale;
            // Image rows grow downwards, so a rising stroke has a negative y step.
            double dx = Math.cos(radians) * halfLength;
            double dy = -Math.sin(radians) * halfLength;
            canvas.stroke(centreX - dx, centreY - dy, centreX + dx, centreY + dy, thickness);
        }
    }

    private static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
