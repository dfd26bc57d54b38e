package org.glyphtransfer.api;

import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;

/**
 * Turns an image file a user gives (a photo or scan of a letter) into what the model saw at
 * training time. A model folder records its dataset plugin; prediction asks that plugin for
 * its preprocessor, so training and prediction can never drift apart.
 */
public interface ImagePreprocessor {
    /** @return the shape of the result, C × H × W */
    Shape outputShape();

    /**
     * Preprocesses one image.
     *
     * @param image the decoded image, any size and colour model
     * @return C × H × W floats in [0, 1], row-major, white ink on black
     */
    float[] apply(BufferedImage image);
}
