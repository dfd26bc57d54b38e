package org.glyphtransfer.app;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.app.bench.BenchArchitecture;
import org.glyphtransfer.transfer.store.FiniteJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glyph bench}: training and inference throughput of every built-in architecture, latency,
 * loading speed and memory, each measured in its own process, side by side with the same network
 * and loop in PyTorch; prints the tables and writes {@code bench.json}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Benchmark training, inference, loading and memory, each in its own process, against a PyTorch peer.")
final class BenchCommand implements Runnable {
    private static final Gson GSON = FiniteJson.builder().setPrettyPrinting().create();

    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "bench.json", description = "Results file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quick", description = "A few hundred images per architecture and no resnet18, for a smoke test.")
    boolean quick;

    @Option(
            names = "--python",
            description = "Python with torch for the peer (default: $GLYPH_PYTHON, else /usr/bin/python3).")
    String python;

    @Option(names = "--no-peer", description = "Skip the PyTorch peer.")
    boolean noPeer;

    @Option(
            names = "--architectures",
            split = ",",
            paramLabel = "NAME",
            description = "Only these architectures, and none of the other measurements (default: every one, then "
                    + "memory, latency and loading).")
    List<String> only;

    @Option(
            names = "--peer-script",
            defaultValue = "bench/peer_architectures.py",
            description = "The peer script (default: ${DEFAULT-VALUE}).")
    Path peerScript;

    @Option(
            names = "--scratch",
            defaultValue = "${java.io.tmpdir}/glyph-bench",
            description = "Folder for generated files.")
    Path scratch;

    @Override
    public void run() {
        // Checked before minutes of measurements, not after them.
        if (!noPeer && !Files.isRegularFile(peerScript)) {
            throw new GlyphException(
                    "Peer script " + peerScript.toAbsolutePath() + " not found; run glyph bench from the "
                            + "repository root, pass --peer-script, or skip the peer with --no-peer.");
        }
        Map<String, Path> read = Map.of("the peer script", peerScript);
        PathRules.requireApart("--out", out, read);
        PathRules.requireApart("--scratch", scratch, read);
        PathRules.requireNotAbove(
                "--out", out, Map.of("the data root", root.dataRoot().path()));
        PathRules.requireNotAbove(
                "--scratch", scratch, Map.of("the data root", root.dataRoot().path()));
        List<BenchArchitecture> architectures = quick ? BenchArchitecture.quick() : BenchArchitecture.FULL;
        if (only != null) {
            architectures = BenchArchitecture.select(architectures, only);
        }
        int threads = root.engineOptions().effectiveThreads();
        PrintWriter w = spec.commandLine().getOut();
        List<JsonObject> results = new ArrayList<>();
        List<JsonObject> ours = new ArrayList<>();
        List<JsonObject> peers = new ArrayList<>();
        // Each architecture's peer right after glyph's run, so that both sides see the same machine.
        for (BenchArchitecture a : architectures) {
            JsonObject result = announceAndMeasure(w, threads, new String[] {
                "4g",
                "train",
                a.model(),
                Integer.toString(a.perClass()),
                Integer.toString(a.epochs()),
                "128",
                Integer.toString(a.inferImages())
            });
            results.add(result);
            ours.add(result);
            if (!noPeer) {
                w.println("bench: PyTorch peer " + a.model());
                w.flush();
                JsonObject peer = peer(a, threads, result.get("parameters").getAsLong(), peerDevice(result));
                results.add(peer);
                peers.add(peer);
            }
        }
        List<String[]> plan = new ArrayList<>();
        if (only == null) {
            plan.addAll(others());
        }
        for (String[] m : plan) {
            results.add(announceAndMeasure(w, threads, m));
        }
        List<ArchitectureRow> rows = ArchitectureRow.of(architectures, ours, peers);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", Instant.now().toString());
        json.put("machine", machine(threads));
        json.put("architectures", rows.stream().map(ArchitectureRow::json).toList());
        json.put("notBenchmarked", new TreeMap<>(BenchArchitecture.NOT_BENCHMARKED));
        json.put("results", results);
        rows.stream()
                .filter(r -> r.plan().model().equals("simple-cnn") && r.peer() != null)
                .findFirst()
                .ifPresent(r -> json.put(
                        "ratios",
                        Map.of(
                                "trainingOursOverPyTorch",
                                r.trainingRatio(),
                                "inferenceOursOverPyTorch",
                                r.inferenceRatio())));
        try {
            AtomicFiles.write(out, GSON.toJson(json));
        } catch (IOException e) {
            throw new GlyphException("Could not write " + out + ": " + e.getMessage() + ".");
        }
        BenchTable.print(w, results, rows);
        w.println("results written to " + out);
        w.flush();
    }

    /** @return memory over epochs, latency and loading, each as -Xmx and Measure's arguments */
    private List<String[]> others() {
        List<String[]> plan = new ArrayList<>();
        plan.add(new String[] {"4g", "train", "simple-cnn", "300", quick ? "4" : "20", "128"});
        plan.add(new String[] {"4g", "infer"});
        plan.add(new String[] {"4g", "load-mnist"});
        plan.add(new String[] {"4g", "load-letters"});
        plan.add(new String[] {
            "1536m", "load-azcsv", scratch.resolve("az-372450.csv").toString()
        });
        return plan;
    }

    private JsonObject announceAndMeasure(PrintWriter w, int threads, String[] m) {
        w.println("bench: " + String.join(" ", List.of(m).subList(1, m.length)));
        w.flush();
        return measure(m, threads);
    }

    private JsonObject measure(String[] m, int threads) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + m[0],
                "-Dglyph.threads=" + threads,
                "-Dglyph.device=" + root.engineOptions().device(),
                "-Dai.djl.offline=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.glyphtransfer.app.bench.Measure"));
        command.addAll(List.of(m).subList(1, m.length));
        return run(command, String.join(" ", List.of(m).subList(1, m.length)));
    }

    /** @return the device glyph's measurement ran on, as PyTorch names it: the peer runs on the same one */
    private static String peerDevice(JsonObject ours) {
        String device = ours.get("device").getAsString();
        return device.startsWith("gpu") ? device.replace("gpu", "cuda") : "cpu";
    }

    private JsonObject peer(BenchArchitecture a, int threads, long parameters, String device) {
        String interpreter = python != null ? python : System.getenv().getOrDefault("GLYPH_PYTHON", "/usr/bin/python3");
        return run(
                List.of(
                        interpreter,
                        peerScript.toString(),
                        a.model(),
                        root.dataRoot().resolve("mnist").toString(),
                        Integer.toString(threads),
                        Integer.toString(a.perClass()),
                        Integer.toString(a.measuredEpochs()),
                        Integer.toString(a.inferImages()),
                        Long.toString(parameters),
                        device),
                "PyTorch peer " + a.model());
    }

    private static JsonObject run(List<String> command, String what) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new GlyphException("Benchmark '" + what + "' failed: " + tail(output) + ".");
            }
            return output.lines()
                    .filter(l -> l.startsWith("BENCH "))
                    .reduce((a, b) -> b)
                    .map(l -> JsonParser.parseString(l.substring(6)).getAsJsonObject())
                    .orElseThrow(() ->
                            new GlyphException("Benchmark '" + what + "' printed no result: " + tail(output) + "."));
        } catch (IOException e) {
            throw new GlyphException("Benchmark '" + what + "' could not start: " + e.getMessage() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GlyphException("Benchmark '" + what + "' was interrupted.");
        }
    }

    private static String tail(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
    }

    private static Map<String, Object> machine(int threads) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("threads", threads);
        try {
            m.put(
                    "cpu",
                    Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                            .filter(l -> l.startsWith("model name"))
                            .map(l -> l.substring(l.indexOf(':') + 1).trim())
                            .findFirst()
                            .orElse("unknown"));
        } catch (IOException e) {
            m.put("cpu", "unknown");
        }
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }
}
