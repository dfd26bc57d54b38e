package org.glyphtransfer.export;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXRef;

/** Adds nodes and weights to one ONNX graph, naming each after the layer it comes from. */
final class GraphWriter {
    private final ONNXContext context;

    /** @param context the graph being built */
    GraphWriter(ONNXContext context) {
        this.context = context;
    }

    /**
     * Adds one node.
     *
     * @param op the operator
     * @param name the node's output name, e.g. the layer path
     * @param in the first input
     * @param more the other inputs (weights, bias), in the operator's order
     * @param attributes the operator's attributes
     * @param shape the output shape as DJL gives it
     * @return the output
     */
    Flow node(OnnxOps op, String name, Flow in, List<ONNXRef<?>> more, Map<String, Object> attributes, Shape shape) {
        List<ONNXRef<?>> inputs = new ArrayList<>();
        inputs.add(in.ref());
        inputs.addAll(more);
        return new Flow(context.operation(op, inputs, name, attributes), shape);
    }

    /**
     * Adds a node without attributes whose output has the shape of its input.
     *
     * @param op an element-wise operator
     * @param name the output name
     * @param in the input
     * @param more further inputs
     * @return the output
     */
    Flow elementwise(OnnxOps op, String name, Flow in, ONNXRef<?>... more) {
        return node(op, name, in, List.of(more), Map.of(), in.shape());
    }

    /**
     * Adds a weight tensor with the array's shape and values.
     *
     * @param name the tensor name
     * @param array the values, any float array
     * @return the initializer
     */
    ONNXInitializer weights(String name, NDArray array) {
        return floats(name, array.getShape(), array.toFloatArray());
    }

    /**
     * Adds a float tensor.
     *
     * @param name the tensor name
     * @param shape its shape
     * @param values row-major values
     * @return the initializer
     */
    ONNXInitializer floats(String name, Shape shape, float[] values) {
        List<Integer> dims = new ArrayList<>();
        for (long d : shape.getShape()) {
            dims.add(Math.toIntExact(d));
        }
        return context.floatTensor(name, dims, buffer -> buffer.put(values));
    }

    /**
     * Adds a one-dimensional int64 tensor, as Slice takes its bounds.
     *
     * @param name the tensor name
     * @param values the values
     * @return the initializer
     */
    ONNXInitializer longs(String name, long[] values) {
        return context.array(name, values);
    }
}
