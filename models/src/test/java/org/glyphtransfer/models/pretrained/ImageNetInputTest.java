package org.glyphtransfer.models.pretrained;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.glyphtransfer.models.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preprocessing in front of an ImageNet network; needs no TorchScript file. */
class ImageNetInputTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void imageNetInputResizesToThreeStandardisedChannels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray grey = manager.full(new Shape(2, 1, 28, 28), 0.5f);
            NDArray rgb = ImageNetInput.convert(grey, 64);
            assertEquals(new Shape(2, 3, 64, 64), rgb.getShape());
            for (int c = 0; c < 3; c++) {
                float expected = (0.5f - ImageNetInput.MEAN[c]) / ImageNetInput.STD[c];
                NDArray channel = rgb.get(":, {}", c);
                assertEquals(expected, channel.min().getFloat(), 1e-5, "channel " + c);
                assertEquals(expected, channel.max().getFloat(), 1e-5, "channel " + c);
            }
        }
    }

    @Test
    void colourImagesKeepTheirChannels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray colour = manager.ones(new Shape(1, 3, 64, 64));
            NDArray out = ImageNetInput.convert(colour, 64);
            assertEquals(new Shape(1, 3, 64, 64), out.getShape());
            assertEquals(
                    (1f - ImageNetInput.MEAN[2]) / ImageNetInput.STD[2],
                    out.get(0, 2, 5, 5).getFloat(),
                    1e-5);
        }
    }
}
