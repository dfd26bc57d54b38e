package org.glyphtransfer.transfer.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid image whose name the platform's file-name encoding cannot spell ({@code é€字.png} under
 * {@code LANG=C}) is read like any other when it was found by listing its folder, not reported as
 * damaged. Runs the read in a fresh JVM started with {@code LC_ALL=C}.
 */
class ImageDecoderLocaleTest {
    @TempDir
    Path dir;

    @Test
    void aNameTheLocaleCannotSpellIsReadNotCalledDamaged() throws Exception {
        Path image;
        try {
            image = dir.resolve("é€字.png");
        } catch (InvalidPathException e) {
            assumeTrue(false, "this JVM cannot create the file name either");
            return;
        }
        BufferedImage pixels = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        try (OutputStream out = Files.newOutputStream(image)) {
            ImageIO.write(pixels, "png", out);
        }
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Probe.class.getName(),
                        dir.toString())
                .redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(60, TimeUnit.SECONDS);
        assumeTrue(!output.startsWith("UTF"), "the C locale is UTF-8 here: " + output);
        assertEquals("read 3 x 2", output.substring(output.indexOf(' ') + 1), output);
    }

    /** Lists a folder and reads each image in it, printing the file-name encoding and the result. */
    public static final class Probe {
        private Probe() {}

        public static void main(String[] args) throws IOException {
            StringBuilder out = new StringBuilder(System.getProperty("sun.jnu.encoding"));
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(args[0]))) {
                files = list.toList();
            }
            for (Path file : files) {
                try {
                    BufferedImage image = ImageDecoder.defaults().read(file);
                    out.append(" read ").append(image.getWidth()).append(" x ").append(image.getHeight());
                } catch (GlyphException e) {
                    out.append(' ').append(e.getMessage());
                }
            }
            System.out.println(out);
        }
    }
}
