package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ResizePreprocessorTest {
    /** A 56 × 56 image: a 16-pixel-wide vertical bar in the middle on a plain background. */
    private static BufferedImage bar(Color background, Color ink) {
        BufferedImage image = new BufferedImage(56, 56, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 56, 56);
        g.setColor(ink);
        g.fillRect(20, 4, 16, 48);
        g.dispose();
        return image;
    }

    @Test
    void darkInkOnPaperBecomesWhiteInkOnBlack() {
        ResizePreprocessor resize = new ResizePreprocessor(28, 28);
        float[] out = resize.apply(bar(Color.WHITE, Color.BLACK));
        assertEquals(new Shape(1, 28, 28), resize.outputShape());
        assertEquals(28 * 28, out.length);
        assertEquals(0f, out[0], 1e-3, "corner is background");
        assertEquals(1f, out[14 * 28 + 14], 1e-3, "centre is ink");
    }

    @Test
    void whiteInkOnBlackStaysAsItIs() {
        float[] out = new ResizePreprocessor(14, 20).apply(bar(Color.BLACK, Color.WHITE));
        assertEquals(14 * 20, out.length);
        assertEquals(0f, out[0], 1e-3);
        assertEquals(1f, out[7 * 20 + 10], 1e-3);
        for (float v : out) {
            assertTrue(v >= 0f && v <= 1f, "value in [0, 1]: " + v);
        }
    }
}
