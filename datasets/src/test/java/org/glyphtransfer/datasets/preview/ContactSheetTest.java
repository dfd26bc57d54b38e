package org.glyphtransfer.datasets.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.datasets.folders.LetterFoldersDataset;
import org.glyphtransfer.datasets.folders.LetterImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
    @TempDir
    Path root;

    @Test
    void writesOneRowPerClassWithRawAndProcessedSamples() throws IOException {
        LetterImages.writeClasses(root.resolve("scans/Training"), new String[] {"A", "B", "C"}, 4);
        LetterImages.writeClasses(root.resolve("scans/Testing"), new String[] {"A", "B", "C"}, 1);
        LetterFoldersDataset plugin = new LetterFoldersDataset();
        Path out = ContactSheet.writeContactSheet(
                plugin,
                plugin.parseOptions(Map.of("root", "scans")),
                DataRoot.of(root),
                root.resolve("sheets/preview.png"),
                3);
        BufferedImage sheet = ImageIO.read(out.toFile());
        assertEquals(6 + 3 * (84 + 6), sheet.getHeight(), "three class rows");
        assertEquals(56 + 3 * (2 * 84 + 6 + 12), sheet.getWidth(), "three raw/processed pairs per row");
        // The first processed cell of row A: black background with white ink somewhere.
        int x0 = 56 + 84 + 6;
        int y0 = 6;
        int brightest = 0;
        for (int y = y0; y < y0 + 84; y++) {
            for (int x = x0; x < x0 + 84; x++) {
                brightest = Math.max(brightest, sheet.getRGB(x, y) & 0xff);
            }
        }
        assertEquals(0, sheet.getRGB(x0 + 1, y0 + 1) & 0xff);
        assertTrue(brightest > 200);
    }
}
