package org.glyphtransfer.djl;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.djl.probe.PlainDjlProbe;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.settings.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain DJL loads glyph model folders, from outside: a separate JVM whose class path is DJL (api,
 * PyTorch engine, JNI and native library, and what they depend on) and the glyph-djl-serving jar, and
 * nothing else of glyph, loads a pretrained and a transferred model with DJL's {@code Criteria} and
 * gets the same classes and probabilities as glyph's {@link Predictor} on 500 real letter scans.
 */
class DjlCriteriaIT {
    private static final int IMAGES = 500;
    private static final double TOLERANCE = 1e-5;

    @TempDir
    static Path dir;

    static GlyphRuntime runtime;
    static Path pretrained;
    static Path transferred;
    static List<Path> images;

    @BeforeAll
    static void train() throws IOException {
        Path data = RealData.folder("plain DJL is checked on models trained on MNIST and letter scans");
        runtime = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(data))
                .optEngine(CpuEngine.options(1, 5))
                .build();
        pretrained = dir.resolve("pretrained");
        Pretraining.of(model("simple-cnn"))
                .on(dataset("mnist", "perClass=20", "evalPerClass=5"))
                .epochs(1)
                .saveTo(pretrained)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        transferred = dir.resolve("transferred");
        Transfer.from(pretrained)
                .on(dataset("letter-folders", "perClass=4", "evalPerClass=2"))
                .phase(Phase.headOnly().withEpochs(1))
                .phase(Phase.fineTune().withEpochs(1))
                .saveTo(transferred)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        try (Stream<Path> walk = Files.walk(data.resolve("letters-scans").resolve("Testing"))) {
            images = walk.filter(f -> f.toString().endsWith(".png"))
                    .sorted()
                    .limit(IMAGES)
                    .toList();
        }
    }

    @Test
    void plainDjlGivesGlyphsClassesAndProbabilities() throws Exception {
        Path missing = dir.resolve("without-parameters");
        Files.createDirectories(missing);
        try (Stream<Path> files = Files.list(transferred)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().endsWith(".params")) {
                    Files.copy(f, missing.resolve(f.getFileName()));
                }
            }
        }
        Path unknownPlugin = dir.resolve("unknown-plugin");
        Files.createDirectories(unknownPlugin);
        try (Stream<Path> files = Files.list(transferred)) {
            for (Path f : files.toList()) {
                Files.copy(f, unknownPlugin.resolve(f.getFileName()));
            }
        }
        Path properties = unknownPlugin.resolve("serving.properties");
        Files.writeString(
                properties,
                Files.readString(properties)
                        .replace("glyph.architecture=simple-cnn", "glyph.architecture=no-such-net"));
        Path out = runPlainDjl(
                "glyph=" + pretrained,
                "glyph=" + transferred,
                "plain=" + transferred,
                "glyph=" + missing,
                "glyph=" + unknownPlugin);

        assertSameAsGlyph(pretrained, Files.readAllLines(out.resolve("0.tsv")));
        assertSameAsGlyph(transferred, Files.readAllLines(out.resolve("1.tsv")));

        // Criteria with the model path alone picks DJL's own image translator (DJL reads serving.properties only
        // after choosing one); the network refuses its unpreprocessed pixels instead of answering.
        List<String> plainLines = Files.readAllLines(out.resolve("2.tsv"));
        String plain = String.join("\n", plainLines);
        assertEquals(2, plainLines.size(), plain);
        assertTrue(plainLines.get(1).startsWith("error\t"), "DJL's own image translator must not answer: " + plain);
        assertTrue(
                plain.contains("Model folder " + transferred + " takes FLOAT32 N × (1, 28, 28) inputs made by glyph's"
                        + " preprocessing"),
                plain);

        String noParameters = String.join("\n", Files.readAllLines(out.resolve("3.tsv")));
        assertTrue(
                noParameters.contains("Model folder " + missing + " has no parameter file model-0000.params, which its"
                        + " serving.properties names; copy the whole model folder, or save the model again with"
                        + " glyph."),
                noParameters);

        String noPlugin = String.join("\n", Files.readAllLines(out.resolve("4.tsv")));
        assertTrue(
                noPlugin.contains("Model folder " + unknownPlugin + " needs a glyph plugin this class path lacks")
                        && noPlugin.contains("no-such-net")
                        && noPlugin.contains("put the plugin's jar on the class path or in GLYPH_PLUGINS."),
                noPlugin);
    }

    @Test
    void djlServingsWayTakesTheTranslatorFromServingProperties() throws Exception {
        List<String> lines =
                Files.readAllLines(runPlainDjl("serving=" + transferred).resolve("0.tsv"));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("translator\t"), lines.get(0));
        String[] row = lines.get(1).split("\t");
        assertEquals("200", row[1], lines.get(1));
        try (Predictor predictor =
                Predictor.builder(transferred).optRuntime(runtime).build()) {
            String best = predictor.predictFile(images.get(0), 1).best().name();
            assertTrue(row[2].startsWith("[{\"className\":\"" + best + "\""), best + " first in " + row[2]);
        }
    }

    private static void assertSameAsGlyph(Path model, List<String> lines) {
        assertTrue(
                lines.size() > 1 && lines.get(0).equals("translator\t" + GlyphTranslator.class.getName()),
                String.join("\n", lines.subList(0, Math.min(3, lines.size()))));
        assertEquals(IMAGES + 1, lines.size());
        try (Predictor predictor = Predictor.builder(model).optRuntime(runtime).build()) {
            List<Prediction> expected = new ArrayList<>();
            for (Path image : images) {
                expected.add(predictor.predictFile(image, 3));
            }
            double worst = 0;
            for (int i = 0; i < IMAGES; i++) {
                String[] row = lines.get(i + 1).split("\t");
                assertEquals(images.get(i).toString(), row[0]);
                assertEquals(String.join(",", predictor.classNames()), row[1], "synset.txt is in output order");
                String[] probabilities = row[2].split(",");
                float[] glyph = expected.get(i).probabilities();
                assertEquals(glyph.length, probabilities.length);
                int best = 0;
                for (int k = 0; k < glyph.length; k++) {
                    double djl = Double.parseDouble(probabilities[k]);
                    worst = Math.max(worst, Math.abs(djl - glyph[k]));
                    best = djl > Double.parseDouble(probabilities[best]) ? k : best;
                }
                assertEquals(
                        expected.get(i).best().name(), predictor.classNames().get(best), row[0]);
            }
            assertTrue(worst <= TOLERANCE, model + ": largest difference " + worst);
            System.out.printf("%s: %d images, same top-1, largest probability difference %.3g%n", model, IMAGES, worst);
        }
    }

    /** Runs the probe in a JVM with DJL and the glyph-djl-serving jar on its class path, nothing else of glyph. */
    private static Path runPlainDjl(String... models) throws Exception {
        Path probe = dir.resolve("probe-classes");
        String name = PlainDjlProbe.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(probe.resolve(name).getParent());
        try (var in = PlainDjlProbe.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, probe.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> classPath = new ArrayList<>(DjlClassPath.entries());
        classPath.add(System.getProperty("glyph.djlServingJar"));
        classPath.add(probe.toString());
        Path list = dir.resolve("images.txt");
        Files.write(list, images.stream().map(Path::toString).toList());
        Path out = Files.createTempDirectory(dir, "djl-out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true",
                "-cp",
                String.join(File.pathSeparator, classPath),
                PlainDjlProbe.class.getName(),
                list.toString(),
                out.toString()));
        command.addAll(List.of(models));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("probe.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "plain DJL finished");
        assertEquals(0, p.exitValue(), Files.readString(out.resolve("probe.log")));
        return out;
    }
}
