package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glyph export} on models trained on generated IDX digits: the ONNX file of a built-in and of
 * a third-party plugin's network, and one sentence with exit code 2, nothing written, for each bad
 * input: a layer the export cannot write, an existing output without {@code --overwrite}, a folder
 * without its parameters, a baseline's folder and an unknown format.
 */
class ExportCommandTest {
    /** A plugin whose backbone has a function block the export cannot read. */
    private static final String SWISH_PLUGIN = """
            package org.example.swish;

            import ai.djl.nn.Activation;
            import ai.djl.nn.Blocks;
            import ai.djl.nn.LambdaBlock;
            import ai.djl.nn.core.Linear;
            import org.glyphtransfer.api.ModelParts;
            import org.glyphtransfer.api.ModelProvider;
            import org.glyphtransfer.api.ModelRequest;
            import org.glyphtransfer.api.NamedSequentialBlock;

            /** A perceptron with a swish activation. */
            public final class SwishMlp implements ModelProvider {
                @Override
                public String name() {
                    return "swish-mlp";
                }

                @Override
                public String description() {
                    return "perceptron with swish";
                }

                @Override
                public ModelParts build(ModelRequest request) {
                    NamedSequentialBlock backbone = new NamedSequentialBlock()
                            .add("flatten", Blocks.batchFlattenBlock())
                            .add("hidden", Linear.builder().setUnits(16).build())
                            .add("swish", LambdaBlock.singleton(x -> x.mul(Activation.sigmoid(x)), "swish"));
                    return new ModelParts(backbone, Linear.builder().setUnits(request.numClasses()).build(), false);
                }
            }
            """;

    @TempDir
    static Path tmp;

    static Path digits;
    static Path plugins;
    static Path lenet;

    @BeforeAll
    static void trainModels() throws IOException {
        digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 60, 28, 10);
        plugins = Files.createDirectories(tmp.resolve("plugins"));
        ExamplePluginJar.build(Files.createDirectories(tmp.resolve("example")), plugins);
        Path project = tmp.resolve("swish");
        BadInputFiles.write(project.resolve("src/main/java/org/example/swish/SwishMlp.java"), SWISH_PLUGIN);
        BadInputFiles.write(
                project.resolve("src/main/resources/META-INF/services/org.glyphtransfer.api.ModelProvider"),
                "org.example.swish.SwishMlp\n");
        ExamplePluginJar.build(
                project, Files.createDirectories(tmp.resolve("swish-classes")), plugins.resolve("swish.jar"));
        lenet = pretrain("lenet5");
    }

    private static Path pretrain(String model) {
        Path out = tmp.resolve(model);
        CliRun run = glyph(
                "pretrain",
                "--model",
                model,
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--epochs",
                "1",
                "--out",
                out.toString());
        assertEquals(0, run.code, run.toString());
        return out;
    }

    private static CliRun glyph(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--device",
                "cpu",
                "--threads",
                "1",
                "--quiet",
                "--data-root",
                tmp.toString(),
                "--plugins",
                plugins.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void assertUserError(CliRun run, String... fragments) {
        assertEquals(2, run.code, run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.toString());
        String line = run.err.strip();
        assertEquals(1, line.lines().count(), run.toString());
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + f + "' missing from: " + line);
        }
    }

    @Test
    void writesTheOnnxFileAndReplacesItOnlyWithOverwrite() throws IOException {
        Path onnx = tmp.resolve("lenet5.onnx");
        CliRun run = glyph("export", "--model", lenet.toString(), "--format", "onnx", "--out", onnx.toString());
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("input  image: batch x 1 x 28 x 28 float32 in [0, 1]"), run.out);
        assertTrue(run.out.contains("output scores, probabilities: 10 classes"), run.out);
        byte[] first = Files.readAllBytes(onnx);
        assertTrue(first.length > 61_706 * 4, "the weights are in the file");

        Files.writeString(onnx, "an older file");
        assertUserError(
                glyph("export", "--model", lenet.toString(), "--out", onnx.toString()),
                onnx + " exists",
                "--overwrite");
        assertEquals("an older file", Files.readString(onnx));
        CliRun again = glyph("export", "--model", lenet.toString(), "--out", onnx.toString(), "--overwrite");
        assertEquals(0, again.code, again.toString());
        assertArrayEquals(first, Files.readAllBytes(onnx));
    }

    @Test
    void exportsAThirdPartyPluginsNetwork() {
        Path tiny = pretrain("tiny-cnn");
        CliRun run = glyph(
                "export",
                "--model",
                tiny.toString(),
                "--out",
                tmp.resolve("tiny.onnx").toString());
        assertEquals(0, run.code, run.toString());
    }

    @Test
    void aLayerThatCannotBeWrittenIsNamed() {
        Path swish = pretrain("swish-mlp");
        Path onnx = tmp.resolve("swish.onnx");
        assertUserError(
                glyph("export", "--model", swish.toString(), "--out", onnx.toString()),
                "cannot be exported to ONNX",
                "layer 'backbone/swish' is a LambdaBlock 'swish'");
        assertFalse(Files.exists(onnx));
    }

    @Test
    void aFolderWithoutParametersIsRefused() throws IOException {
        Path incomplete = Files.createDirectories(tmp.resolve("incomplete"));
        Files.copy(lenet.resolve("model.json"), incomplete.resolve("model.json"));
        Path onnx = tmp.resolve("incomplete.onnx");
        assertUserError(glyph("export", "--model", incomplete.toString(), "--out", onnx.toString()), "is missing");
        assertFalse(Files.exists(onnx));
    }

    @Test
    void aBaselineFolderIsRefused() {
        Path knn = tmp.resolve("knn");
        CliRun run = glyph(
                "baseline",
                "--method",
                "knn",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--out",
                knn.toString());
        assertEquals(0, run.code, run.toString());
        Path onnx = tmp.resolve("knn.onnx");
        assertUserError(
                glyph("export", "--model", knn.toString(), "--out", onnx.toString()),
                "holds a 'knn' model, not a network",
                "ONNX");
        assertFalse(Files.exists(onnx));
    }

    @Test
    void anOutputInsideTheModelFolderAndAnotherFormatAreRefused() {
        assertUserError(
                glyph(
                        "export",
                        "--model",
                        lenet.toString(),
                        "--out",
                        lenet.resolve("model.onnx").toString()),
                "lies inside the model folder");
        assertFalse(Files.exists(lenet.resolve("model.onnx")));
        Path out = tmp.resolve("model.tflite");
        assertUserError(
                glyph("export", "--model", lenet.toString(), "--format", "tflite", "--out", out.toString()),
                "--format tflite",
                "onnx");
        assertFalse(Files.exists(out));
    }
}
