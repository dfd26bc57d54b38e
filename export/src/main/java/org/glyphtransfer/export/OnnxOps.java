package org.glyphtransfer.export;

import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tribuo.util.onnx.ONNXAttribute;
import org.tribuo.util.onnx.ONNXOperator;

/**
 * The ONNX operators (default domain, opset {@value #OPSET}) the exported graphs are made of, in
 * the form Tribuo's graph builder takes. Tribuo's own operator list lacks the convolutional ones.
 */
enum OnnxOps implements ONNXOperator {
    CONV("Conv", 2, 1, ints("kernel_shape", "strides", "pads", "dilations"), Map.of("group", AttributeType.INT)),
    MAX_POOL("MaxPool", 1, 0, ints("kernel_shape", "strides", "pads"), Map.of()),
    AVERAGE_POOL(
            "AveragePool",
            1,
            0,
            ints("kernel_shape", "strides", "pads"),
            Map.of("count_include_pad", AttributeType.INT)),
    GLOBAL_AVERAGE_POOL("GlobalAveragePool", 1, 0, Map.of(), Map.of()),
    GEMM("Gemm", 2, 1, Map.of(), Map.of("transB", AttributeType.INT)),
    FLATTEN("Flatten", 1, 0, Map.of(), Map.of("axis", AttributeType.INT)),
    SLICE("Slice", 3, 2, Map.of(), Map.of()),
    RELU("Relu", 1, 0, Map.of(), Map.of()),
    TANH("Tanh", 1, 0, Map.of(), Map.of()),
    SIGMOID("Sigmoid", 1, 0, Map.of(), Map.of()),
    SOFTPLUS("Softplus", 1, 0, Map.of(), Map.of()),
    NEG("Neg", 1, 0, Map.of(), Map.of()),
    ADD("Add", 2, 0, Map.of(), Map.of()),
    SUB("Sub", 2, 0, Map.of(), Map.of()),
    MUL("Mul", 2, 0, Map.of(), Map.of()),
    SOFTMAX("Softmax", 1, 0, Map.of(), Map.of("axis", AttributeType.INT));

    /** The opset every exported graph declares: ONNX 1.8, read by every ONNX Runtime since 1.6. */
    static final int OPSET = 13;

    private final String opName;
    private final int inputs;
    private final int optionalInputs;
    private final Map<String, ONNXAttribute> attributes;

    OnnxOps(
            String opName,
            int inputs,
            int optionalInputs,
            Map<String, AttributeType> listAttributes,
            Map<String, AttributeType> scalarAttributes) {
        this.opName = opName;
        this.inputs = inputs;
        this.optionalInputs = optionalInputs;
        this.attributes = java.util.stream.Stream.of(listAttributes, scalarAttributes)
                .flatMap(m -> m.entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> new ONNXAttribute(e.getKey(), e.getValue(), false)));
    }

    private static Map<String, AttributeType> ints(String... names) {
        return Arrays.stream(names).collect(Collectors.toMap(Function.identity(), n -> AttributeType.INTS));
    }

    @Override
    public String getOpName() {
        return opName;
    }

    @Override
    public int getNumInputs() {
        return inputs;
    }

    @Override
    public int getNumOptionalInputs() {
        return optionalInputs;
    }

    @Override
    public int getNumOutputs() {
        return 1;
    }

    @Override
    public Map<String, ONNXAttribute> getAttributes() {
        return attributes;
    }

    @Override
    public Set<String> getMandatoryAttributeNames() {
        return Set.of();
    }

    @Override
    public int getOpVersion() {
        return OPSET;
    }

    @Override
    public String getOpDomain() {
        return "";
    }
}
