package org.glyphtransfer.transfer.predict;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.testing.Pngs;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.eval.Inference;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictorTest {
    @TempDir
    static Path dir;

    static Path modelDir;
    static GlyphRuntime runtime;

    @BeforeAll
    static void trainTinyModel() {
        runtime = TestRuntimes.cpu(Path.of("."), 3);
        modelDir = dir.resolve("shapes");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=4", "perClass=60"))
                .epochs(5)
                .batchSize(32)
                .saveTo(modelDir)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
    }

    /** The test split as the dataset made it, and as images a user would give (28 × 28 grey, white on black). */
    private static GlyphDataset testShapes(NDManager manager) {
        DatasetProvider shapes = runtime.registry().dataset("test-shapes");
        return shapes.load(DatasetRequest.builder(
                        shapes.parseOptions(java.util.Map.of("from", "0", "to", "4", "perClass", "60")), manager)
                .optSeed(99)
                .build());
    }

    private static BufferedImage image(float[] pixels, int offset) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 28 * 28; i++) {
            image.getRaster().setSample(i % 28, i / 28, 0, Math.round(pixels[offset + i] * 255));
        }
        return image;
    }

    @Test
    void imagesGetTheSameProbabilitiesAsTheTrainingTensor() {
        try (Predictor predictor =
                        Predictor.builder(modelDir).optRuntime(runtime).build();
                NDManager manager = NDManager.newBaseManager(runtime.engine().device())) {
            GlyphDataset data = testShapes(manager);
            NDArray tensor = data.test().images();
            float[] pixels = tensor.toFloatArray();
            int n = data.test().size();
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                images.add(image(pixels, i * 784));
            }
            List<Prediction> predictions = predictor.predictAll(images, 3);
            // The stored tensor went through no 8-bit rounding; the images did, so allow a little.
            float[] expected;
            try (LoadedModel loaded = ModelFolder.load(
                    modelDir,
                    runtime.registry(),
                    runtime.dataRoot(),
                    runtime.engine().device())) {
                expected = Inference.probabilities(
                        loaded.parts().network(), tensor.mul(255).round().div(255), manager);
            }
            int correct = 0;
            for (int i = 0; i < n; i++) {
                float[] row = java.util.Arrays.copyOfRange(expected, i * 5, i * 5 + 5);
                assertArrayEquals(row, predictions.get(i).probabilities(), 1e-5f, "image " + i);
                correct += predictions.get(i).best().index() == data.test().label(i) ? 1 : 0;
            }
            assertTrue(correct > 0.8 * n, "accuracy " + correct + " of " + n);
            Prediction one = predictor.predict(images.get(0), 3);
            assertArrayEquals(
                    predictions.get(0).probabilities(), one.probabilities(), 1e-6f, "single and batched agree");
        }
    }

    @Test
    void topKIsSortedCappedAndCarriesTheInputTheModelSaw() throws IOException {
        try (Predictor predictor =
                Predictor.builder(modelDir).optRuntime(runtime).build()) {
            BufferedImage bar = new BufferedImage(56, 56, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = bar.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 56, 56);
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(14, 27, 28, 3);
            g.dispose();
            Prediction p = predictor.predict(bar, 3);
            assertEquals(3, p.top().size());
            assertTrue(
                    p.top().get(0).probability() >= p.top().get(1).probability()
                            && p.top().get(1).probability() >= p.top().get(2).probability(),
                    p.toString());
            double sum = 0;
            for (float v : p.probabilities()) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-4);
            assertEquals(5, predictor.predict(bar, 50).top().size());
            // A dark bar on white is inverted to a white bar on black, as the training data is drawn.
            float[] input = p.input();
            assertArrayEquals(predictor.preprocess(bar), input, 0f);
            assertTrue(input[14 * 28 + 14] > 0.5f && input[2 * 28 + 2] < 0.1f, "white ink on black");
            BufferedImage seen = ImageIO.read(new java.io.ByteArrayInputStream(p.inputPng()));
            assertEquals(28, seen.getWidth());
            assertEquals(Math.round(input[14 * 28 + 14] * 255), seen.getRaster().getSample(14, 14, 0));
            assertEquals("-", p.best().name(), "a horizontal bar is shape '-': " + p);
        }
    }

    @Test
    void threadsSharingOnePredictorGetTheSequentialAnswers() throws Exception {
        try (Predictor predictor =
                        Predictor.builder(modelDir).optRuntime(runtime).build();
                NDManager manager = NDManager.newBaseManager(runtime.engine().device())) {
            float[] pixels = testShapes(manager).test().images().toFloatArray();
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                images.add(image(pixels, i * 784));
            }
            List<Prediction> sequential = new ArrayList<>();
            for (BufferedImage image : images) {
                sequential.add(predictor.predict(image, 2));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Prediction>> futures = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (BufferedImage image : images) {
                        futures.add(pool.submit(() -> predictor.predict(image, 2)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertArrayEquals(
                            sequential.get(i % 40).probabilities(),
                            futures.get(i).get().probabilities(),
                            1e-6f,
                            "request " + i);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void unreadableFilesAreUserErrorsNamingTheFile() throws IOException {
        try (Predictor predictor =
                Predictor.builder(modelDir).optRuntime(runtime).build()) {
            Path text = Files.writeString(dir.resolve("notes.png"), "<html>not an image</html>");
            GlyphException e = assertThrows(GlyphException.class, () -> predictor.predictFile(text, 3));
            assertTrue(
                    e.getMessage().contains(text.toString()) && e.getMessage().contains("3c 68 74 6d"), e.getMessage());
            Path missing = dir.resolve("missing.png");
            e = assertThrows(GlyphException.class, () -> predictor.predictFile(missing, 3));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", png);
            byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), 40);
            Path cut = Files.write(dir.resolve("cut.png"), truncated);
            e = assertThrows(GlyphException.class, () -> predictor.predictFile(cut, 3));
            assertTrue(e.getMessage().contains(cut.toString()) && e.getMessage().contains("PNG"), e.getMessage());
        }
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeader() {
        byte[] bomb = Pngs.declaring(50_000, 50_000);
        long start = System.nanoTime();
        GlyphException e =
                assertThrows(GlyphException.class, () -> ImageDecoder.defaults().decode(bomb, "upload"));
        assertTrue(e.getMessage().contains("50,000 × 50,000"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decoding");
        GlyphException strip = assertThrows(
                GlyphException.class,
                () -> ImageDecoder.builder().optMaxSide(100).build().decode(Pngs.declaring(101, 1), "strip"));
        assertTrue(strip.getMessage().contains("101 × 1"), strip.getMessage());
    }

    @Test
    void aModelWhoseDatasetPluginIsGoneIsAUserError() throws IOException {
        Path copy = dir.resolve("orphan");
        Files.createDirectories(copy);
        Files.copy(modelDir.resolve(ModelFolder.NETWORK_PARAMETERS), copy.resolve(ModelFolder.NETWORK_PARAMETERS));
        Provenance p = ModelFolder.readProvenance(modelDir);
        String json = Files.readString(modelDir.resolve(ModelFolder.MODEL_JSON))
                .replace("\"test-shapes\"", "\"gone-dataset\"");
        Files.writeString(copy.resolve(ModelFolder.MODEL_JSON), json);
        assertEquals("test-shapes", p.dataset());
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Predictor.builder(copy).optRuntime(runtime).build());
        assertTrue(e.getMessage().contains("gone-dataset"), e.getMessage());
    }

    @Test
    void aPreprocessorOfAnotherShapeIsAUserError() {
        Path big = dir.resolve("shapes32");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=1", "perClass=8", "size=32"))
                .epochs(1)
                .batchSize(16)
                .saveTo(big)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Predictor.builder(big).optRuntime(runtime).build());
        assertTrue(e.getMessage().contains("(1, 32, 32)") && e.getMessage().contains("(1, 28, 28)"), e.getMessage());
    }
}
