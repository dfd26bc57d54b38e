package org.glyphtransfer.export;

import ai.djl.ndarray.types.Shape;
import org.tribuo.util.onnx.ONNXRef;

/**
 * A tensor on its way through the graph: the ONNX value that holds it and its shape as DJL sees
 * it, batch of one first.
 *
 * @param ref the ONNX value
 * @param shape 1 × … as DJL's {@code getOutputShapes} gives it
 */
record Flow(ONNXRef<?> ref, Shape shape) {
    /** @return the shape without the batch axis, e.g. C × H × W */
    Shape sample() {
        return shape.slice(1);
    }
}
