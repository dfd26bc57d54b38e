package org.glyphtransfer.models;

import ai.djl.ndarray.types.Shape;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelRequest;

/**
 * Rejects input shapes a model cannot take, before any layer fails with an engine error that
 * names no model.
 */
public final class InputShapeCheck {
    private InputShapeCheck() {}

    /**
     * Checks that the request's input is C × H × W with both sides at least {@code minSide}.
     *
     * @param model the plugin name, for the message
     * @param request the build request
     * @param minSide the smallest height and width the architecture can reduce to a feature vector
     * @return the input shape
     * @throws GlyphException when the shape is not three-dimensional or too small
     */
    public static Shape require(String model, ModelRequest request, int minSide) {
        Shape shape = request.inputShape();
        if (shape.dimension() != 3) {
            throw new GlyphException(
                    "Model '" + model + "' takes images of shape channels × height × width, not " + shape + ".");
        }
        if (shape.get(1) < minSide || shape.get(2) < minSide) {
            throw new GlyphException("Model '" + model + "' needs images of at least " + minSide + " × " + minSide
                    + " pixels, not " + shape.get(1) + " × " + shape.get(2) + ".");
        }
        return shape;
    }
}
