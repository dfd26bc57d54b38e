package org.glyphtransfer.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link OnnxExport#saveTo} wrote.
 *
 * @param file the ONNX file
 * @param input the input's name; it takes batch × C × H × W float32 values in [0, 1], white ink on black
 * @param inputShape C × H × W
 * @param outputs the outputs' names: the network's scores, then the class probabilities
 * @param classNames class names in output order
 * @param nodes how many nodes the graph has
 */
public record ExportedModel(
        Path file, String input, long[] inputShape, List<String> outputs, List<String> classNames, int nodes) {
    /** Copies the shape and lists, so the record stays unchanged. */
    public ExportedModel {
        inputShape = inputShape.clone();
        outputs = List.copyOf(outputs);
        classNames = List.copyOf(classNames);
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }
}
