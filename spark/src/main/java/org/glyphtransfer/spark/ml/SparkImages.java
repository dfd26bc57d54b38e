package org.glyphtransfer.spark.ml;

import java.awt.image.BufferedImage;
import org.apache.spark.sql.Row;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.ImageDecoder;

/**
 * Turns a cell of an image column into a picture: encoded bytes (a {@code binary} column, as
 * Spark's {@code binaryFile} source gives) are decoded like {@code glyph predict} decodes files;
 * a struct of Spark's {@code image} source ({@code height, width, nChannels, data} in BGR(A)
 * order) is rebuilt pixel by pixel.
 */
final class SparkImages {
    private SparkImages() {}

    static BufferedImage of(Object cell, ImageDecoder decoder, String name) {
        if (cell instanceof byte[] bytes) {
            return decoder.decode(bytes, name);
        }
        if (cell instanceof Row image) {
            return fromImageStruct(image, name);
        }
        throw new GlyphException("Image " + name + " is "
                + (cell == null ? "null" : cell.getClass().getSimpleName())
                + ", neither encoded bytes nor a Spark image struct.");
    }

    private static BufferedImage fromImageStruct(Row image, String name) {
        int height = image.getInt(image.fieldIndex("height"));
        int width = image.getInt(image.fieldIndex("width"));
        int channels = image.getInt(image.fieldIndex("nChannels"));
        byte[] data = (byte[]) image.get(image.fieldIndex("data"));
        if (height <= 0
                || width <= 0
                || (channels != 1 && channels != 3 && channels != 4)
                || data == null
                || data.length != (long) height * width * channels) {
            throw new GlyphException("Image " + name + " is an empty or inconsistent Spark image struct (" + width
                    + " × " + height + " × " + channels + "); the image source could not read it.");
        }
        BufferedImage out = new BufferedImage(
                width, height, channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * channels;
                if (channels == 1) {
                    out.getRaster().setSample(x, y, 0, data[i] & 0xff);
                } else {
                    int alpha = channels == 4 ? data[i + 3] & 0xff : 0xff;
                    out.setRGB(
                            x,
                            y,
                            alpha << 24 | (data[i + 2] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | data[i] & 0xff);
                }
            }
        }
        return out;
    }
}
