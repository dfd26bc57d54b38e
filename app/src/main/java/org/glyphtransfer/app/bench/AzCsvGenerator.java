package org.glyphtransfer.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.glyphtransfer.api.io.AtomicFiles;

/**
 * Writes a CSV in the Kaggle A–Z layout with as many rows as the real file (372,450): a label
 * 0–25, then 784 pixels, most of them 0 and about one in six ink values, so that its size (about
 * 700 MB) and parsing work match the real one.
 */
final class AzCsvGenerator {
    static final int REAL_ROWS = 372_450;

    private AzCsvGenerator() {}

    static Path ensure(Path file, int rows) throws IOException {
        if (Files.exists(file) && Files.size(file) > 0) {
            return file;
        }
        Random random = new Random(1);
        AtomicFiles.write(file, out -> {
            StringBuilder row = new StringBuilder(4096);
            for (int r = 0; r < rows; r++) {
                row.setLength(0);
                row.append(r % 26);
                for (int p = 0; p < 784; p++) {
                    int y = p / 28;
                    int x = p % 28;
                    boolean ink = y > 4 && y < 24 && x > 4 && x < 24 && random.nextInt(4) == 0;
                    row.append(',').append(ink ? 1 + random.nextInt(255) : 0);
                }
                row.append('\n');
                out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
            }
        });
        return file;
    }
}
