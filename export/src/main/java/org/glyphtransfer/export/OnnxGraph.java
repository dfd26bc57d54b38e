package org.glyphtransfer.export;

import ai.djl.ndarray.types.Shape;
import ai.onnx.proto.OnnxMl;
import com.google.gson.Gson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.Provenance;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXNode;
import org.tribuo.util.onnx.ONNXPlaceholder;

/**
 * Turns a loaded network into an ONNX model: input {@value #INPUT} (batch × C × H × W floats),
 * the backbone's and head's layers, and two outputs, {@value #SCORES} (what the network's last
 * layer gives) and {@value #PROBABILITIES} (their softmax, what glyph's predictions use). The class
 * names and the expected input go into the model's metadata.
 */
final class OnnxGraph {
    /** The input's name. */
    static final String INPUT = "image";
    /** The output before the softmax. */
    static final String SCORES = "scores";
    /** The class probabilities. */
    static final String PROBABILITIES = "probabilities";
    /** ONNX IR version 7 goes with opset 13. */
    private static final long IR_VERSION = 7;

    private static final Gson GSON = new Gson();

    private OnnxGraph() {}

    /**
     * @param model the loaded network
     * @return the ONNX model
     * @throws UnsupportedLayer when a layer cannot be written
     */
    static OnnxMl.ModelProto of(LoadedModel model) {
        Provenance p = model.provenance();
        int classes = p.classNames().size();
        ONNXContext context = new ONNXContext();
        context.setName("glyph-" + p.architecture());
        ONNXPlaceholder image = context.floatInput(INPUT, 1);
        Flow flow = new Flow(image, new Shape(1).addAll(new Shape(p.inputShape())));
        try (Probe probe = new Probe(model.model().getNDManager())) {
            LayerWriter layers = new LayerWriter(new GraphWriter(context), probe);
            flow = layers.write("backbone", model.parts().backbone(), flow);
            flow = layers.write("head", model.parts().head(), flow);
        }
        if (!flow.shape().equals(new Shape(1, classes))) {
            throw new UnsupportedLayer(
                    "head", "a head whose output is " + flow.sample() + ", not " + classes + " scores");
        }
        flow.ref().assignTo(context.floatOutput(SCORES, classes));
        ONNXNode softmax = context.operation(OnnxOps.SOFTMAX, List.of(flow.ref()), "softmax", Map.of("axis", 1));
        softmax.assignTo(context.floatOutput(PROBABILITIES, classes));
        OnnxMl.GraphProto graph = withImageInput(context.buildGraph(), p.inputShape());
        OnnxMl.ModelProto.Builder onnx = OnnxMl.ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("glyph")
                .setProducerVersion(p.versions().getOrDefault("glyph", "unknown"))
                .setDocString("A '" + p.architecture() + "' network trained on '" + p.dataset()
                        + "'; input " + INPUT + " is batch x " + shapeText(p.inputShape())
                        + " float32 in [0, 1], white ink on black, as glyph's preprocessing gives it.")
                .addOpsetImport(
                        OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxOps.OPSET))
                .setGraph(graph);
        metadata(p)
                .forEach((k, v) -> onnx.addMetadataProps(
                        OnnxMl.StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return onnx.build();
    }

    /** Tribuo's builder declares inputs as batch × n; the network takes batch × C × H × W. */
    private static OnnxMl.GraphProto withImageInput(OnnxMl.GraphProto graph, long[] sample) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        for (long d : sample) {
            shape.addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        OnnxMl.TypeProto type = OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
                        .setShape(shape))
                .build();
        OnnxMl.ValueInfoProto input =
                graph.getInput(0).toBuilder().setType(type).build();
        return graph.toBuilder().setInput(0, input).build();
    }

    /** What a user of the file needs besides the graph, under keys ONNX Runtime's metadata API returns. */
    private static Map<String, String> metadata(Provenance p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("classes", GSON.toJson(p.classNames()));
        m.put("input_shape", GSON.toJson(p.inputShape()));
        m.put("input_range", "0..1, white ink on black");
        m.put("architecture", p.architecture());
        m.put("dataset", p.dataset());
        m.put("dataset_options", GSON.toJson(p.datasetOptions()));
        return m;
    }

    private static String shapeText(long[] sample) {
        StringBuilder text = new StringBuilder();
        for (long d : sample) {
            text.append(text.length() == 0 ? "" : " x ").append(d);
        }
        return text.toString();
    }
}
