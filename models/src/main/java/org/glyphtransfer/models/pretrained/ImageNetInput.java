package org.glyphtransfer.models.pretrained;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/**
 * Turns the framework's images (N × 1 × H × W grey, or N × 3 × H × W colour, values in [0, 1])
 * into what an ImageNet network was trained on: three channels, a square side, and each channel
 * standardised with the ImageNet mean and standard deviation.
 */
public final class ImageNetInput {
    /** Per-channel mean of ImageNet, RGB. */
    static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    /** Per-channel standard deviation of ImageNet, RGB. */
    static final float[] STD = {0.229f, 0.224f, 0.225f};

    private ImageNetInput() {}

    /**
     * A parameter-free block doing the conversion.
     *
     * @param size the side the images are resized to (bilinear)
     * @return the block, N × C × H × W → N × 3 × size × size
     */
    public static Block block(int size) {
        return LambdaBlock.singleton(images -> convert(images, size), "imagenet_input");
    }

    /**
     * Converts one batch.
     *
     * @param images N × 1 × H × W or N × 3 × H × W, values in [0, 1]
     * @param size the output side
     * @return N × 3 × size × size, standardised
     */
    static NDArray convert(NDArray images, int size) {
        NDArray resized = resize(images, size);
        NDArray rgb =
                resized.getShape().get(1) == 1 ? NDArrays.concat(new NDList(resized, resized, resized), 1) : resized;
        NDManager manager = images.getManager();
        Shape perChannel = new Shape(1, 3, 1, 1);
        NDArray mean = manager.create(MEAN, perChannel).toDevice(images.getDevice(), false);
        NDArray std = manager.create(STD, perChannel).toDevice(images.getDevice(), false);
        return rgb.sub(mean).div(std);
    }

    private static NDArray resize(NDArray images, int size) {
        Shape shape = images.getShape();
        if (shape.get(2) == size && shape.get(3) == size) {
            return images;
        }
        // DJL resizes channel-last images (N × H × W × C).
        NDArray channelLast = images.transpose(0, 2, 3, 1);
        NDArray resized = NDImageUtils.resize(channelLast, size, size, Image.Interpolation.BILINEAR);
        return resized.transpose(0, 3, 1, 2);
    }
}
