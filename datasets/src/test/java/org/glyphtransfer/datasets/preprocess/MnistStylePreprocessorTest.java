package org.glyphtransfer.datasets.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.glyphtransfer.datasets.folders.LetterImages;
import org.junit.jupiter.api.Test;

class MnistStylePreprocessorTest {
    private final MnistStylePreprocessor preprocessor =
            MnistStylePreprocessor.builder().build();

    /** {x0, y0, x1, y1} inclusive of the non-zero pixels of a 28 × 28 output. */
    private static int[] box(float[] v) {
        int[] b = {28, 28, -1, -1};
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (v[y * 28 + x] > 0) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b;
    }

    private static double[] centreOfMass(float[] v) {
        double m = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < v.length; i++) {
            m += v[i];
            mx += v[i] * (i % 28);
            my += v[i] * (i / 28);
        }
        return new double[] {mx / m, my / m};
    }

    @Test
    void darkInkOnLightPaperBecomesWhiteOnBlackFittedTo20AndCentredByMass() {
        float[] out = preprocessor.apply(LetterImages.draw(0, 60, 90, BufferedImage.TYPE_INT_RGB, 0));
        int[] b = box(out);
        assertEquals(20, b[3] - b[1] + 1, "the longer side (height) is 20 px");
        assertTrue(b[2] - b[0] + 1 < 20, "the aspect ratio is kept");
        double[] com = centreOfMass(out);
        assertEquals(14, com[0], 0.6);
        assertEquals(14, com[1], 0.6);
        assertEquals(0f, out[0]);
        float max = 0;
        for (float v : out) {
            max = Math.max(max, v);
            assertEquals(Math.round(v * 255) / 255f, v, 1e-7, "quantised to 8 bits");
        }
        assertEquals(1f, max);
    }

    @Test
    void polarityIsDecidedFromTheBorder() {
        BufferedImage dark = LetterImages.draw(1, 50, 50, BufferedImage.TYPE_INT_RGB, 0);
        BufferedImage light = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                light.setRGB(x, y, ~dark.getRGB(x, y) & 0xffffff);
            }
        }
        assertArrayEquals(preprocessor.apply(dark), preprocessor.apply(light), 0.02f);
    }

    @Test
    void transparentBackgroundIsPaperNotInk() {
        BufferedImage rgba = LetterImages.draw(2, 48, 48, BufferedImage.TYPE_INT_ARGB, 0);
        BufferedImage rgb = LetterImages.draw(2, 48, 48, BufferedImage.TYPE_INT_RGB, 0);
        float[] a = preprocessor.apply(rgba);
        assertEquals(0f, a[0]);
        int[] boxA = box(a);
        int[] boxB = box(preprocessor.apply(rgb));
        assertEquals(boxB[3] - boxB[1], boxA[3] - boxA[1], 1, "same letter size with and without alpha");
    }

    @Test
    void specksAndShadowsDoNotMoveTheCrop() {
        BufferedImage clean = LetterImages.draw(3, 80, 80, BufferedImage.TYPE_INT_RGB, 0);
        BufferedImage dirty = LetterImages.draw(3, 80, 80, BufferedImage.TYPE_INT_RGB, 0);
        Graphics2D g = dirty.createGraphics();
        g.setColor(new Color(120, 120, 120));
        g.fillRect(2, 2, 2, 2); // a speck in the corner
        g.dispose();
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 80; x++) {
                // a shadow darkening the left side by up to 60 grey levels
                int shade = (int) (60 * Math.max(0, 1 - x / 40.0));
                int grey = Math.max(0, (dirty.getRGB(x, y) & 0xff) - shade);
                dirty.setRGB(x, y, grey * 0x010101);
            }
        }
        assertArrayEquals(box(preprocessor.apply(clean)), box(preprocessor.apply(dirty)));
    }

    @Test
    void thinStrokesAreThickenedUnlessTurnedOff() {
        BufferedImage thin = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thin.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(20, 10, 50, 80);
        g.dispose();
        double thickened = StrokeWidth.estimate(toImage(preprocessor.apply(thin)));
        double kept = StrokeWidth.estimate(toImage(
                MnistStylePreprocessor.builder().optStrokeWidth(0).build().apply(thin)));
        assertTrue(thickened >= 1.7, "thickened to MNIST-like width: " + thickened);
        assertTrue(kept < 1.2, "left thin: " + kept);
    }

    @Test
    void blankImageGivesBlackOutput() {
        BufferedImage blank = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY);
        float[] out = preprocessor.apply(blank);
        for (float v : out) {
            assertEquals(0f, v);
        }
    }

    private static GreyImage toImage(float[] v) {
        return new GreyImage(28, 28, v);
    }
}
