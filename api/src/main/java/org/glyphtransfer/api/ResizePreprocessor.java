package org.glyphtransfer.api;

import ai.djl.ndarray.types.Shape;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The plain preprocessing: grey, resized to H × W, inverted when the background (the border
 * pixels) is light so that ink is white on black like MNIST.
 */
public final class ResizePreprocessor implements ImagePreprocessor {
    private final int height;
    private final int width;

    /**
     * @param height output height in pixels
     * @param width output width in pixels
     */
    public ResizePreprocessor(int height, int width) {
        this.height = height;
        this.width = width;
    }

    @Override
    public Shape outputShape() {
        return new Shape(1, height, width);
    }

    @Override
    public float[] apply(BufferedImage image) {
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        float[] out = new float[width * height];
        grey.getRaster().getSamples(0, 0, width, height, 0, out);
        double border = 0;
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
                    border += out[y * width + x];
                    count++;
                }
            }
        }
        boolean lightBackground = border / count > 127.5;
        for (int i = 0; i < out.length; i++) {
            float v = out[i] / 255f;
            out[i] = lightBackground ? 1f - v : v;
        }
        return out;
    }
}
