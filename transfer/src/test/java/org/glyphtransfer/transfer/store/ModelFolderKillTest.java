package org.glyphtransfer.transfer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.api.deploy.ServingKeys;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed at any of its steps, including while the parameters are being written and between
 * the renames of the parameter file and model.json, leaves a folder that loads either the earlier
 * model or the new one, and the next save removes what the killed one left behind. A kill is
 * simulated by the save's hook: it copies the folder as it is at that moment (what a SIGKILL leaves:
 * no clean-up code runs) and then throws (what a failing disk does: clean-up runs); both must load.
 */
class ModelFolderKillTest {
    private static final Shape INPUT = new Shape(1, 8, 8);
    private static final int CHUNKS = 16;
    private static final PluginRegistry REGISTRY =
            PluginRegistry.builder().optUseEnvironment(false).build();
    private static byte[] first;
    private static byte[] second;
    private static byte[] third;

    @TempDir
    Path temp;

    @BeforeAll
    static void parameters() throws IOException {
        CpuEngine.startOnce();
        first = parametersOf(1);
        second = parametersOf(2);
        third = parametersOf(3);
    }

    /** The DJL parameter bytes of the test network, initialised with a seed. */
    private static byte[] parametersOf(long seed) throws IOException {
        CpuEngine.start(seed);
        ModelProvider provider = REGISTRY.model("test-cnn");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            Block network = provider.build(ModelRequest.builder(provider.parseOptions(Map.of()), 2)
                            .optInputShape(INPUT)
                            .optManager(manager)
                            .build())
                    .network();
            network.initialize(manager, DataType.FLOAT32, ModelFolder.batchOf(INPUT));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            network.saveParameters(new DataOutputStream(bytes));
            return bytes.toByteArray();
        }
    }

    private static Provenance provenance(int generation) {
        return Provenance.builder()
                .architecture("test-cnn", Map.of())
                .classes(List.of("a", "b"), new long[] {1, 8, 8})
                .dataset("test-shapes", Map.of(), Map.of())
                .metrics(Map.of("generation", (double) generation))
                .build();
    }

    /** A block that writes the given parameter bytes in chunks, reaching the hook after each. */
    private static Block writing(byte[] bytes, ModelSave.Hook hook) {
        return new LambdaBlock(x -> x) {
            @Override
            public void saveParameters(DataOutputStream os) throws IOException {
                int chunk = bytes.length / CHUNKS + 1;
                for (int off = 0; off < bytes.length; off += chunk) {
                    os.write(bytes, off, Math.min(chunk, bytes.length - off));
                    hook.reached("parameters written up to byte " + (off + chunk));
                }
            }
        };
    }

    private static Provenance save(Path dir, byte[] bytes, int generation, ModelSave.Hook hook) {
        return ModelSave.save(
                dir, ModelSave.Format.OTHER, writing(bytes, hook)::saveParameters, provenance(generation), hook);
    }

    /** The generation of the model the folder loads (the loader checks schema, checksum and shapes). */
    private static int loadedGeneration(Path dir) {
        try (LoadedModel m = ModelFolder.load(dir, REGISTRY, DataRoot.of(dir), Device.cpu())) {
            return m.provenance().metrics().get("generation").intValue();
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : files(from)) {
            Files.copy(from.resolve(f), to.resolve(f));
        }
    }

    private static final class Killed extends IOException {
        Killed() {
            super("killed");
        }
    }

    /** The earlier model, under either parameter name, and the temporaries an earlier killed save left. */
    private static void earlierModel(Path dir, int saves) throws IOException {
        for (int i = 0; i < saves; i++) {
            save(dir, first, 1, s -> {});
        }
        Files.write(dir.resolve(".model.params.4711.tmp"), Arrays.copyOf(second, 100));
        Files.write(dir.resolve(".model.json.4712.tmp"), new byte[] {'{'});
    }

    @Test
    void aKillAtAnyStepLeavesTheEarlierOrTheNewModel() throws IOException {
        List<String> steps = new ArrayList<>();
        Path dry = temp.resolve("dry");
        earlierModel(dry, 1);
        save(dry, second, 2, steps::add);
        assertTrue(steps.size() >= 20, "kill points: " + steps);
        int publishedAt = steps.indexOf("model.json renamed");
        assertTrue(publishedAt > steps.indexOf("parameters renamed"), steps.toString());

        for (int k = 0; k < steps.size(); k++) {
            for (int earlierSaves = 1; earlierSaves <= 2; earlierSaves++) {
                Path dir = temp.resolve("k" + k + "-" + earlierSaves);
                Path killed = temp.resolve("killed-k" + k + "-" + earlierSaves);
                earlierModel(dir, earlierSaves);
                int at = k;
                int[] calls = {0};
                GlyphException e = assertThrows(
                        GlyphException.class,
                        () -> save(dir, second, 2, step -> {
                            if (calls[0]++ == at) {
                                copy(dir, killed);
                                throw new Killed();
                            }
                        }));
                assertTrue(e.getMessage().startsWith("Could not write the model to " + dir), e.getMessage());
                String where = "killed after '" + steps.get(k) + "' with " + earlierSaves + " earlier saves";
                int expected = k >= publishedAt ? 2 : 1;
                assertEquals(expected, loadedGeneration(killed), where + " (SIGKILL: no clean-up)");
                assertEquals(expected, loadedGeneration(dir), where + " (failure: clean-up ran)");

                // The next save completes and leaves nothing of the killed one behind.
                save(killed, third, 3, s -> {});
                assertEquals(3, loadedGeneration(killed), where);
                List<String> left = files(killed);
                assertEquals(2, left.size(), where + ": " + left);
                assertTrue(left.contains(ModelFolder.MODEL_JSON), where + ": " + left);
                assertTrue(
                        left.contains(ModelFolder.PARAMETERS) || left.contains(ModelSave.ALTERNATE),
                        where + ": " + left);
            }
        }
    }

    @Test
    void savingOverAModelAlternatesTheParameterFileAndRemovesTheEarlierOne() throws IOException {
        Path dir = temp.resolve("model");
        assertEquals(ModelFolder.PARAMETERS, save(dir, first, 1, s -> {}).parameterFile());
        assertEquals(ModelSave.ALTERNATE, save(dir, second, 2, s -> {}).parameterFile());
        assertEquals(List.of(ModelSave.ALTERNATE, ModelFolder.MODEL_JSON), files(dir));
        assertEquals(2, loadedGeneration(dir));
        assertEquals(ModelFolder.PARAMETERS, save(dir, third, 3, s -> {}).parameterFile());
        assertEquals(List.of(ModelFolder.MODEL_JSON, ModelFolder.PARAMETERS), files(dir));
        assertEquals(3, loadedGeneration(dir));
    }

    /** A network's save: DJL's header, then the given parameter bytes, with serving.properties and synset.txt. */
    private static Provenance saveNetwork(Path dir, byte[] bytes, int generation, ModelSave.Hook hook) {
        Block writer = writing(bytes, hook);
        return ModelSave.save(
                dir,
                ModelSave.Format.NETWORK,
                out -> {
                    DjlParameterFile.writeHeader(out, INPUT);
                    writer.saveParameters(out);
                },
                provenance(generation),
                hook);
    }

    /** The generation DJL would load: the parameter file serving.properties names, checked as glyph-djl-serving does. */
    private static int djlGeneration(Path dir, String where) throws IOException {
        Properties serving = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(ServingKeys.FILE))) {
            serving.load(r);
        }
        String name = serving.getProperty(ServingKeys.PARAMETER_FILE);
        assertEquals(ServingKeys.parameterFile(Integer.parseInt(serving.getProperty(ServingKeys.EPOCH_OPTION))), name);
        Path params = dir.resolve(name);
        assertTrue(Files.isRegularFile(params), where + ": " + files(dir));
        assertEquals(serving.getProperty(ServingKeys.PARAMETER_SHA256), Checksums.sha256(params), where);
        assertEquals(
                serving.getProperty(ServingKeys.SYNSET_SHA256),
                Checksums.sha256(dir.resolve(ServingKeys.SYNSET)),
                where);
        byte[] content = Files.readAllBytes(params);
        byte[] tail = Arrays.copyOfRange(content, content.length - second.length, content.length);
        return Arrays.equals(tail, second) ? 2 : 1;
    }

    @Test
    void aKillNeverLeavesDjlTheFilesOfTwoSaves() throws IOException {
        List<String> steps = new ArrayList<>();
        Path dry = temp.resolve("dry-network");
        saveNetwork(dry, first, 1, s -> {});
        saveNetwork(dry, second, 2, steps::add);
        int djlSwitchesAt = steps.indexOf("companions renamed");
        int glyphSwitchesAt = steps.indexOf("model.json renamed");
        assertTrue(
                steps.indexOf("parameters renamed") < djlSwitchesAt && djlSwitchesAt < glyphSwitchesAt,
                steps.toString());
        for (int k = 0; k < steps.size(); k++) {
            Path dir = temp.resolve("network-k" + k);
            Path killed = temp.resolve("network-killed-k" + k);
            saveNetwork(dir, first, 1, s -> {});
            int at = k;
            int[] calls = {0};
            assertThrows(
                    GlyphException.class,
                    () -> saveNetwork(dir, second, 2, step -> {
                        if (calls[0]++ == at) {
                            copy(dir, killed);
                            throw new Killed();
                        }
                    }));
            String where = "killed after '" + steps.get(k) + "'";
            int djl = k >= djlSwitchesAt ? 2 : 1;
            int glyph = k >= glyphSwitchesAt ? 2 : 1;
            assertEquals(djl, djlGeneration(killed, where + " (SIGKILL)"), where);
            assertEquals(djl, djlGeneration(dir, where + " (clean-up ran)"), where);
            assertEquals(glyph, loadedGeneration(killed), where);
            assertEquals(glyph, loadedGeneration(dir), where);

            // The next save completes and leaves nothing of the killed one behind.
            Provenance next = saveNetwork(killed, third, 3, s -> {});
            assertEquals(
                    List.of(next.parameterFile(), ModelFolder.MODEL_JSON, ServingKeys.FILE, ServingKeys.SYNSET),
                    files(killed),
                    where);
            assertEquals(3, loadedGeneration(killed), where);
        }
    }
}
