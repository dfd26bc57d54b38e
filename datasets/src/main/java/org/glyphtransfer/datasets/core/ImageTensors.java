package org.glyphtransfer.datasets.core;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import org.glyphtransfer.api.DataSplit;

/**
 * Turns an {@link ImageSet} into one contiguous N × 1 × H × W float32 tensor in [0, 1]: the
 * bytes go to native memory once as uint8 and are converted there, never one NDArray per sample.
 */
public final class ImageTensors {
    private ImageTensors() {}

    /**
     * Builds the image tensor of a set.
     *
     * @param manager the manager that will own the tensor
     * @param images the images
     * @return N × 1 × H × W float32 in [0, 1]
     */
    public static NDArray toTensor(NDManager manager, ImageSet images) {
        return toTensor(manager, images.pixels(), images.size(), images.height(), images.width());
    }

    /**
     * Builds an image tensor from grey bytes.
     *
     * @param manager the manager that will own the tensor
     * @param pixels {@code n × height × width} bytes, 0 = black
     * @param n the number of images
     * @param height image height
     * @param width image width
     * @return n × 1 × height × width float32 in [0, 1]
     */
    public static NDArray toTensor(NDManager manager, byte[] pixels, int n, int height, int width) {
        Shape shape = new Shape(n, 1, height, width);
        if (n == 0) {
            return manager.zeros(shape, DataType.FLOAT32);
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(pixels.length);
        direct.put(pixels).rewind();
        try (NDArray bytes = manager.create(direct, shape, DataType.UINT8)) {
            NDArray floats = bytes.toType(DataType.FLOAT32, false);
            return floats.divi(255f);
        }
    }

    /**
     * Builds a {@link DataSplit} from a set.
     *
     * @param manager the manager that will own the tensor
     * @param images the images, labels and ids
     * @return the split
     */
    public static DataSplit toSplit(NDManager manager, ImageSet images) {
        return new DataSplit(toTensor(manager, images), images.labels(), images.sampleIds());
    }

    /**
     * Quantises a preprocessed image to bytes the way an 8-bit image file would store it.
     *
     * @param values floats in [0, 1]
     * @param out where to write the bytes
     * @param offset the first byte to write
     */
    public static void quantise(float[] values, byte[] out, int offset) {
        for (int i = 0; i < values.length; i++) {
            float v = Math.max(0f, Math.min(1f, values[i]));
            out[offset + i] = (byte) Math.round(v * 255f);
        }
    }
}
