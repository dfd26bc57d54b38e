package org.glyphtransfer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PngsTest {
    @Test
    void aPngReaderSeesTheDeclaredSizeWithoutDecoding() throws Exception {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(Pngs.declaring(40_000, 30_000)))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                assertEquals("png", reader.getFormatName().toLowerCase());
                assertEquals(40_000, reader.getWidth(0));
                assertEquals(30_000, reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
