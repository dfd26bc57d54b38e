package org.glyphtransfer.datasets.idx;

import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.core.ImageSet;

/**
 * Reads an image file and its label file into an {@link ImageSet}, checking that the counts
 * agree and every label is a known class.
 */
public final class IdxPair {
    private IdxPair() {}

    /**
     * Loads images and labels.
     *
     * @param images the idx3 image file
     * @param labels the idx1 label file
     * @param layout how labels and pixels are stored
     * @return the images, labels shifted so the first class is 0
     * @throws GlyphException on a bad file, a count mismatch or a label out of range
     */
    public static ImageSet load(IdxInput images, IdxInput labels, IdxLayout layout) {
        IdxFile imageFile = IdxReader.read(images, 3);
        IdxFile labelFile = IdxReader.read(labels, 1);
        if (imageFile.count() != labelFile.count()) {
            throw new GlyphException("Image file " + images + " holds " + imageFile.count()
                    + " images (count at byte offset 4) but label file " + labels + " holds " + labelFile.count()
                    + " labels (count at byte offset 4); use an image file and a label file of the same set.");
        }
        int height = imageFile.dim(1);
        int width = imageFile.dim(2);
        byte[] pixels = imageFile.data();
        if (layout.transposed()) {
            if (height != width) {
                throw new GlyphException("Image file " + images + " holds " + height + "×" + width
                        + " images, but transposed storage needs square images; check the file.");
            }
            transposeAll(pixels, imageFile.count(), height);
        }
        return new ImageSet(height, width, pixels, labels(labelFile, layout), List.of());
    }

    private static int[] labels(IdxFile file, IdxLayout layout) {
        byte[] raw = file.data();
        int[] out = new int[raw.length];
        int first = layout.firstLabel();
        int last = layout.numClasses() > 0 ? first + layout.numClasses() - 1 : 255;
        for (int i = 0; i < raw.length; i++) {
            int value = raw[i] & 0xff;
            if (value < first || value > last) {
                throw new GlyphException("Label file " + file.file() + " has the label " + value + " at byte offset "
                        + (file.headerLength() + i) + ", outside " + first + "–" + last + " (" + (last - first + 1)
                        + " classes); check the file or the dataset's class names.");
            }
            out[i] = value - first;
        }
        return out;
    }

    /** EMNIST stores every image column-major; swap rows and columns in place. */
    private static void transposeAll(byte[] pixels, int count, int side) {
        int size = side * side;
        for (int n = 0; n < count; n++) {
            int base = n * size;
            for (int y = 0; y < side; y++) {
                for (int x = y + 1; x < side; x++) {
                    int a = base + y * side + x;
                    int b = base + x * side + y;
                    byte t = pixels[a];
                    pixels[a] = pixels[b];
                    pixels[b] = t;
                }
            }
        }
    }
}
