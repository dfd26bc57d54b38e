package org.glyphtransfer.transfer.predict;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.UserPaths;

/**
 * Decodes PNG, JPEG, GIF and BMP images that a user or a client sends, refusing anything else.
 * The declared width and height are read from the header and checked against a pixel budget
 * before any pixel is decoded, so a small file that claims 50,000 × 50,000 pixels (a
 * decompression bomb) costs nothing. Immutable and thread-safe.
 */
public final class ImageDecoder {
    /** Default pixel budget: a 25-megapixel photo, about 100 MB once decoded. */
    public static final long DEFAULT_MAX_PIXELS = 25_000_000L;
    /** Default limit on either side, so a 1 × 25,000,000 strip is refused too. */
    public static final int DEFAULT_MAX_SIDE = 10_000;
    /** The formats accepted; others (WBMP, TIFF) match too many random bytes or are not photos. */
    public static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

    private final long maxPixels;
    private final int maxSide;

    private ImageDecoder(Builder b) {
        this.maxPixels = b.maxPixels;
        this.maxSide = b.maxSide;
    }

    /** @return a decoder with the default limits */
    public static ImageDecoder defaults() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the pixel budget */
    public long maxPixels() {
        return maxPixels;
    }

    /** @return the limit on width and height */
    public int maxSide() {
        return maxSide;
    }

    /**
     * Decodes an image held in memory.
     *
     * @param bytes the encoded image
     * @param name what to call it in messages after the word "image", e.g. {@code "upload 'a.png'"}
     * @return the decoded image
     * @throws GlyphException when the bytes are no image of an accepted format, declare too many
     *     pixels, or are damaged
     */
    public BufferedImage decode(byte[] bytes, String name) {
        String label = "image " + name;
        if (bytes.length == 0) {
            throw new GlyphException("Image " + name + " is empty (0 bytes); send a PNG, JPEG, GIF or BMP file.");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, label, bytes);
        } catch (IOException e) {
            throw damaged(label, "image", e);
        }
    }

    /**
     * Reads an image file.
     *
     * @param file the file
     * @return the decoded image
     * @throws GlyphException when the file is missing, unreadable, no image of an accepted
     *     format, declares too many pixels, or is damaged
     */
    public BufferedImage read(Path file) {
        if (!Files.exists(file)) {
            throw new GlyphException("Image file " + UserPaths.show(file) + " does not exist; check the path.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new GlyphException("Image file " + UserPaths.show(file)
                    + " is not a readable file; pass a PNG, JPEG, GIF or BMP file.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new GlyphException("Image file " + UserPaths.show(file)
                        + " is empty (0 bytes); pass a PNG, JPEG, GIF or BMP file.");
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        // Opened through the Path, not a File: a File is rebuilt from the name as text, which fails
        // for a name the platform's file-name encoding cannot spell (é€字.png under LANG=C).
        java.io.InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        String name = "image file " + UserPaths.show(file);
        try (java.io.InputStream open = stream;
                ImageInputStream in = new MemoryCacheImageInputStream(open)) {
            return decode(in, name, null);
        } catch (IOException e) {
            throw damaged(name, "image", e);
        }
    }

    private BufferedImage decode(ImageInputStream in, String name, byte[] bytes) throws IOException {
        ImageReader reader = acceptedReader(in, name, bytes);
        try {
            reader.setInput(in, true, true);
            String format = reader.getFormatName().toUpperCase(Locale.ROOT);
            try {
                checkSize(reader.getWidth(0), reader.getHeight(0), name, format);
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof GlyphException g) {
                    throw g;
                }
                throw damaged(name, format, e);
            }
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader acceptedReader(ImageInputStream in, String name, byte[] bytes) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
        }
        throw new GlyphException(capitalise(name) + " is not a PNG, JPEG, GIF or BMP image (it starts with bytes "
                + firstBytes(in, bytes) + "); use an image file.");
    }

    private void checkSize(int width, int height, String name, String format) {
        if (width <= 0 || height <= 0) {
            throw new GlyphException(capitalise(name) + " declares " + width + " × " + height + " pixels in its "
                    + format + " header; the file is damaged.");
        }
        if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
            throw new GlyphException(String.format(
                    Locale.ROOT,
                    "%s declares %,d × %,d pixels in its %s header, more than the limit of %,d pixels and %,d per side;"
                            + " scale the image down first.",
                    capitalise(name),
                    width,
                    height,
                    format,
                    maxPixels,
                    maxSide));
        }
    }

    private static GlyphException unreadable(Path file, IOException e) {
        return new GlyphException(
                "Image file " + UserPaths.show(file) + " cannot be read: " + IoErrors.reason(e) + ".", e);
    }

    private static GlyphException damaged(String name, String format, Exception e) {
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new GlyphException(
                capitalise(name) + " cannot be decoded as " + format + " (" + reason
                        + "); the file is damaged or truncated.",
                e);
    }

    private static String firstBytes(ImageInputStream in, byte[] bytes) throws IOException {
        byte[] head = new byte[4];
        int n;
        if (bytes != null) {
            n = Math.min(4, bytes.length);
            System.arraycopy(bytes, 0, head, 0, n);
        } else {
            in.seek(0);
            n = Math.max(0, in.read(head));
        }
        return HexFormat.ofDelimiter(" ").formatHex(head, 0, n);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Builder of {@link ImageDecoder}. */
    public static final class Builder {
        private long maxPixels = DEFAULT_MAX_PIXELS;
        private int maxSide = DEFAULT_MAX_SIDE;

        private Builder() {}

        /** @param pixels most pixels an image may declare; default 25,000,000 @return this builder */
        public Builder optMaxPixels(long pixels) {
            if (pixels < 1) {
                throw new IllegalArgumentException("maxPixels must be positive: " + pixels);
            }
            this.maxPixels = pixels;
            return this;
        }

        /** @param side most pixels either side may declare; default 10,000 @return this builder */
        public Builder optMaxSide(int side) {
            if (side < 1) {
                throw new IllegalArgumentException("maxSide must be positive: " + side);
            }
            this.maxSide = side;
            return this;
        }

        /** @return the decoder */
        public ImageDecoder build() {
            return new ImageDecoder(this);
        }
    }
}
