package org.glyphtransfer.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.models.summary.ParameterCounter;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code glyph bench} compares every built-in architecture with the same network in PyTorch: a new
 * model without a bench row and a peer network, or a peer network that differs from glyph's, fails here.
 */
class BenchArchitectureTest {
    private static final PluginRegistry BUILT_IN =
            PluginRegistry.builder().optUseEnvironment(false).build();
    private static final Path PEER = Path.of(System.getProperty("glyph.bench", "../bench"), "peer_architectures.py");

    @Test
    void everyBuiltInModelHasARowOrAReasonWhyNot() {
        TreeSet<String> builtIn = new TreeSet<>();
        BUILT_IN.models().forEach(m -> builtIn.add(m.name()));
        TreeSet<String> covered = new TreeSet<>(names());
        covered.addAll(BenchArchitecture.NOT_BENCHMARKED.keySet());
        assertEquals(builtIn, covered);
        assertEquals(BenchArchitecture.FULL.size(), names().size(), "one row per model");
        BenchArchitecture.NOT_BENCHMARKED.values().forEach(why -> assertFalse(why.isBlank()));
    }

    @Test
    void thePeerDefinesExactlyTheBenchedArchitectures() throws IOException {
        String script = Files.readString(PEER);
        Matcher table = Pattern.compile("ARCHITECTURES = \\{(.*?)\\n\\}", Pattern.DOTALL)
                .matcher(script);
        assertTrue(table.find(), "no ARCHITECTURES table in " + PEER);
        List<String> peer = new ArrayList<>();
        Matcher entry = Pattern.compile("\"([a-z0-9-]+)\":").matcher(table.group(1));
        while (entry.find()) {
            peer.add(entry.group(1));
        }
        assertEquals(names(), peer);
    }

    @Test
    void eachPeerNetworkHasGlyphsParameterCount() throws Exception {
        Map<String, Long> peer = peerCounts();
        CpuEngine.startOnce();
        Map<String, Long> ours = new LinkedHashMap<>();
        for (String name : names()) {
            ModelProvider provider = BUILT_IN.model(name);
            Block network = provider.build(ModelRequest.builder(provider.parseOptions(Map.of()), 10)
                            .build())
                    .network();
            try (NDManager manager = NDManager.newBaseManager()) {
                network.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 28, 28));
                ours.put(name, ParameterCounter.count(network));
            }
        }
        assertEquals(ours, peer);
    }

    @Test
    void quickRunsEveryArchitectureButResnet18OnAFewImages() {
        List<String> quick =
                BenchArchitecture.quick().stream().map(BenchArchitecture::model).toList();
        assertEquals(names().stream().filter(n -> !n.equals("resnet18")).toList(), quick);
        BenchArchitecture.quick().forEach(a -> assertTrue(a.trainImages() <= 1_000, a.toString()));
        assertEquals(54_000, BenchArchitecture.FULL.get(0).trainImages(), "the headline row trains on whole epochs");
    }

    private static List<String> names() {
        return BenchArchitecture.FULL.stream().map(BenchArchitecture::model).toList();
    }

    /** Runs the peer's {@code --counts}; skips where no python3 with PyTorch is installed. */
    private static Map<String, Long> peerCounts() throws Exception {
        String python = System.getenv().getOrDefault("GLYPH_PYTHON", "/usr/bin/python3");
        Process process;
        try {
            process = new ProcessBuilder(python, PEER.toString(), "--counts")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException notInstalled) {
            assumeTrue(false, python + " not found: " + notInstalled.getMessage());
            throw notInstalled;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assumeTrue(
                process.exitValue() == 0 || !output.contains("No module named 'torch'"),
                python + " has no PyTorch (Debian package python3-torch)");
        assertEquals(0, process.exitValue(), output);
        Map<String, Long> counts = new LinkedHashMap<>();
        output.lines().map(l -> l.split(" ")).forEach(f -> counts.put(f[0], Long.parseLong(f[1])));
        return counts;
    }
}
