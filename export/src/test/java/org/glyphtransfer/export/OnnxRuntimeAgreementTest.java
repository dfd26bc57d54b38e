package org.glyphtransfer.export;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in architecture trained from scratch, briefly, on real MNIST and exported, answers
 * the same in ONNX Runtime as in DJL: scores and probabilities within 1e-4 on 1,000 MNIST test
 * images (ResNet-18, with its 11 million parameters, on 100). Between them the models use every
 * layer the export writes: padded, unpadded, strided and 1x1 convolutions, max, average and global
 * average pooling, BatchNorm with trained running statistics, the centre crop, dropout, ReLU, tanh,
 * the log-sigmoid output and residual sums.
 */
class OnnxRuntimeAgreementTest {
    private static final int IMAGES = 1_000;
    private static final double TOLERANCE = 1e-4;

    @TempDir
    static Path dir;

    static GlyphRuntime runtime;
    static float[] images;
    static OrtEnvironment ort;

    @BeforeAll
    static void loadImages() {
        Path data = RealData.folder("the comparison runs on real MNIST test images");
        runtime = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(data))
                .optEngine(CpuEngine.options(7))
                .build();
        runtime.device();
        DatasetProvider mnist = runtime.registry().dataset("mnist");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            GlyphDataset set = mnist.load(
                    DatasetRequest.builder(mnist.parseOptions(Map.of("perClass", "1", "evalPerClass", "100")), manager)
                            .optDataRoot(DataRoot.of(data))
                            .optSeed(3)
                            .build());
            assertEquals(IMAGES, set.test().size());
            images = set.test().images().toFloatArray();
        }
        ort = OrtEnvironment.getEnvironment();
    }

    static Stream<Arguments> architectures() {
        return Stream.of(
                Arguments.of("deep-bn-cnn", List.of(), 24, IMAGES),
                Arguments.of("simple-cnn", List.of("crop=24"), 10, IMAGES),
                Arguments.of("lenet5", List.of("activation=tanh"), 10, IMAGES),
                Arguments.of("small-cnn", List.of(), 10, IMAGES),
                Arguments.of("keras-cnn", List.of(), 10, IMAGES),
                Arguments.of("dual-conv-cnn", List.of("pool=avg"), 10, IMAGES),
                Arguments.of("mlp", List.of(), 10, IMAGES),
                Arguments.of("linear", List.of("output=sigmoid"), 10, IMAGES),
                // Residual sums, stride-2 and 1x1 convolutions, global pooling; 11 M parameters, so fewer images.
                Arguments.of("resnet18", List.of(), 1, 100));
    }

    @ParameterizedTest(name = "{0} {1} on {3} images")
    @MethodSource("architectures")
    void onnxRuntimeAnswersAsDjlDoes(String architecture, List<String> options, int perClass, int count)
            throws OrtException {
        Path modelDir = dir.resolve(architecture);
        Pretraining.of(model(architecture, options.toArray(String[]::new)))
                .on(dataset("mnist", "perClass=" + perClass, "evalPerClass=1"))
                .epochs(1)
                .batchSize(8)
                .saveTo(modelDir)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        Path onnx = dir.resolve(architecture + ".onnx");
        ExportedModel exported = OnnxExport.of(modelDir).runtime(runtime).saveTo(onnx);
        assertEquals(List.of("scores", "probabilities"), exported.outputs());

        float[] x = Arrays.copyOf(images, count * 28 * 28);
        float[][][] djl = djlAnswers(modelDir, x, count);
        try (OrtSession session = ort.createSession(onnx.toString(), new OrtSession.SessionOptions());
                OnnxTensor input = OnnxTensor.createTensor(ort, FloatBuffer.wrap(x), new long[] {count, 1, 28, 28});
                OrtSession.Result result = session.run(Map.of("image", input))) {
            float[][] scores = (float[][]) result.get("scores").orElseThrow().getValue();
            float[][] probabilities =
                    (float[][]) result.get("probabilities").orElseThrow().getValue();
            assertWithin(djl[0], scores, architecture + " scores");
            assertWithin(djl[1], probabilities, architecture + " probabilities");
            assertEquals(
                    "[\"0\",\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]",
                    session.getMetadata().getCustomMetadata().get("classes"));
        }
    }

    /** Scores and probabilities of the saved model as glyph computes them, in inference mode. */
    private static float[][][] djlAnswers(Path modelDir, float[] x, int count) {
        try (LoadedModel model = ModelFolder.load(modelDir, runtime.registry(), runtime.dataRoot(), Device.cpu());
                NDManager scope = model.model().getNDManager().newSubManager()) {
            if (model.provenance().architecture().contains("bn")
                    || model.provenance().architecture().contains("resnet")) {
                assertTrainedRunningStatistics(model);
            }
            NDArray input = scope.create(x, new Shape(count, 1, 28, 28));
            NDArray scores = model.parts()
                    .network()
                    .forward(new ParameterStore(scope, false), new NDList(input), false)
                    .singletonOrThrow();
            return new float[][][] {rows(scores), rows(scores.softmax(1))};
        }
    }

    /** The export must use the running statistics, so they must differ from their start (mean 0, variance 1). */
    private static void assertTrainedRunningStatistics(LoadedModel model) {
        double[] spread = new double[2];
        model.parts().backbone().getParameters().forEach(p -> {
            if (p.getKey().endsWith("runningMean")) {
                spread[0] =
                        Math.max(spread[0], p.getValue().getArray().abs().max().getFloat());
            } else if (p.getKey().endsWith("runningVar")) {
                spread[1] = Math.max(
                        spread[1], p.getValue().getArray().sub(1).abs().max().getFloat());
            }
        });
        assertTrue(spread[0] > 0.01 && spread[1] > 0.01, "running statistics still at their start");
    }

    private static float[][] rows(NDArray array) {
        int n = Math.toIntExact(array.getShape().get(0));
        int k = Math.toIntExact(array.getShape().get(1));
        float[] flat = array.toFloatArray();
        float[][] out = new float[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * k, out[i], 0, k);
        }
        return out;
    }

    private static void assertWithin(float[][] expected, float[][] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what);
            for (int j = 0; j < expected[i].length; j++) {
                worst = Math.max(worst, Math.abs(expected[i][j] - actual[i][j]));
            }
        }
        assertTrue(worst <= TOLERANCE, what + " differ by up to " + worst);
        System.out.printf("%s: largest |ONNX Runtime - DJL| %.3g on %d images%n", what, worst, expected.length);
    }
}
