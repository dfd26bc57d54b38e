package org.glyphtransfer.djl;

import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;

/**
 * The AWT image glyph's preprocessing reads. DJL's default image factory wraps one, which is used as
 * it is (transparency included, as glyph reads it); an image of another factory (OpenCV) is copied
 * through its RGB pixels.
 */
final class AwtImages {
    private AwtImages() {}

    static BufferedImage of(Image image, NDManager manager) {
        if (image.getWrappedImage() instanceof BufferedImage awt) {
            return awt;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        try (NDArray pixels = image.toNDArray(manager, Image.Flag.COLOR)) {
            byte[] rgb = pixels.toByteArray();
            BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < width * height; i++) {
                int r = rgb[3 * i] & 0xff;
                int g = rgb[3 * i + 1] & 0xff;
                int b = rgb[3 * i + 2] & 0xff;
                copy.setRGB(i % width, i / width, (r << 16) | (g << 8) | b);
            }
            return copy;
        }
    }
}
