package org.glyphtransfer.datasets.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Writes files in the A–Z CSV layout for tests and the benchmark. */
public final class AzCsvWriter {
    private AzCsvWriter() {}

    /**
     * Writes {@code rows} rows, labels cycling 0–25. Pixel 0 of each row holds (row % 250) + 1 so
     * rows are distinct; pixel 1 holds the label, so tests can check labels against pixels; a
     * share of the others are random non-zero values like a real letter's strokes.
     */
    public static Path write(Path file, int rows, String header, double inkShare, long seed) throws IOException {
        Random random = new Random(seed);
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream maybeGz = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                OutputStream out = new BufferedOutputStream(maybeGz, 1 << 20)) {
            if (header != null) {
                out.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            StringBuilder line = new StringBuilder(4096);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                int label = r % 26;
                line.append(label).append(',').append(r % 250 + 1).append(',').append(label);
                for (int p = 2; p < 784; p++) {
                    line.append(',').append(random.nextDouble() < inkShare ? 1 + random.nextInt(255) : 0);
                }
                line.append('\n');
                for (int i = 0; i < line.length(); i++) {
                    out.write(line.charAt(i));
                }
            }
        }
        return file;
    }

    /** @return a valid row of the given label as text, without newline */
    public static String row(int label, int pixel) {
        StringBuilder sb = new StringBuilder().append(label);
        for (int p = 0; p < 784; p++) {
            sb.append(',').append(pixel);
        }
        return sb.toString();
    }
}
