package org.glyphtransfer.transfer.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.api.deploy.ServingKeys;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network's folder is a model folder DJL reads itself: DJL's {@code Model.load} takes the parameter
 * file as glyph wrote it, and {@code serving.properties} names the file that {@code model.json} names.
 */
class DjlLayoutTest {
    private static final Shape INPUT = new Shape(1, 8, 8);
    private static final PluginRegistry REGISTRY =
            PluginRegistry.builder().optUseEnvironment(false).build();

    @TempDir
    Path temp;

    @BeforeAll
    static void engine() {
        CpuEngine.startOnce();
    }

    private static Block network(NDManager manager) {
        ModelProvider provider = REGISTRY.model("test-cnn");
        Block network = provider.build(ModelRequest.builder(provider.parseOptions(Map.of()), 3)
                        .optInputShape(INPUT)
                        .optManager(manager)
                        .build())
                .network();
        network.initialize(manager, DataType.FLOAT32, ModelFolder.batchOf(INPUT));
        return network;
    }

    private static Provenance provenance() {
        return Provenance.builder()
                .architecture("test-cnn", Map.of())
                .classes(List.of("a", "b", "c d"), new long[] {1, 8, 8})
                .dataset("test-shapes", Map.of("from", "4"), Map.of())
                .build();
    }

    private static Properties serving(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(ServingKeys.FILE))) {
            p.load(r);
        }
        return p;
    }

    private static float[][] parameters(Block block) {
        return block.getParameters().stream()
                .map(Pair::getValue)
                .map(Parameter::getArray)
                .map(a -> a.toFloatArray())
                .toArray(float[][]::new);
    }

    @Test
    void djlLoadsTheParameterFileGlyphWrote() throws Exception {
        Path dir = temp.resolve("any-folder-name");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            Block saved = network(manager);
            ModelFolder.save(dir, saved, provenance());
            Properties serving = serving(dir);
            assertEquals("0", serving.getProperty(ServingKeys.EPOCH_OPTION));
            assertEquals(ServingKeys.MODEL_NAME, serving.getProperty(ServingKeys.MODEL_NAME_OPTION));
            assertEquals("test-cnn", serving.getProperty(ServingKeys.ARCHITECTURE));
            assertEquals("4", serving.getProperty(ServingKeys.DATASET_OPTION + "from"));
            assertEquals("1,8,8", serving.getProperty(ServingKeys.INPUT_SHAPE));
            assertEquals(List.of("a", "b", "c d"), Files.readAllLines(dir.resolve(ServingKeys.SYNSET)));
            assertEquals(
                    ModelFolder.readProvenance(dir).parameterSha256(),
                    serving.getProperty(ServingKeys.PARAMETER_SHA256));

            try (Model djl = Model.newInstance(ServingKeys.MODEL_NAME, Device.cpu())) {
                djl.setBlock(network(djl.getNDManager()));
                djl.load(dir, ServingKeys.MODEL_NAME, Map.of("epoch", "0"));
                float[][] expected = parameters(saved);
                float[][] loaded = parameters(djl.getBlock());
                assertEquals(expected.length, loaded.length);
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], loaded[i]);
                }
            }
            try (LoadedModel glyph = ModelFolder.load(dir, REGISTRY, DataRoot.of(dir), Device.cpu())) {
                assertArrayEquals(parameters(saved)[0], parameters(glyph.parts().network())[0]);
            }
        }
    }

    @Test
    void savingOverSwitchesDjlToTheNewFile() throws Exception {
        Path dir = temp.resolve("model");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            ModelFolder.save(dir, network(manager), provenance());
            Provenance second = ModelFolder.save(dir, network(manager), provenance());
            assertEquals("model-0001.params", second.parameterFile());
            assertEquals("1", serving(dir).getProperty(ServingKeys.EPOCH_OPTION));
            assertFalse(Files.exists(dir.resolve(ModelFolder.NETWORK_PARAMETERS)), "the earlier file is gone");
            assertEquals(second.parameterSha256(), serving(dir).getProperty(ServingKeys.PARAMETER_SHA256));
        }
    }
}
