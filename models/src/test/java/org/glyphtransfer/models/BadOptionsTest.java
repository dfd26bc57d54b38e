package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes give one clear sentence naming the option, value or file at fault. */
class BadOptionsTest {
    @TempDir
    Path root;

    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void unknownCutListsTheCutPoints() {
        GlyphException e =
                assertThrows(GlyphException.class, () -> TestModels.build("simple-cnn", Map.of("cut", "dense64"), 10));
        assertEquals(
                "Option 'cut' of model 'simple-cnn' does not accept 'dense64'; expected one of flatten,"
                        + " dense256, dense128.",
                e.getMessage());
    }

    @Test
    void cropSmallerThanTheLayersNeedIsRefusedWithTheOptionNamed() {
        GlyphException e =
                assertThrows(GlyphException.class, () -> TestModels.build("simple-cnn", Map.of("crop", "20"), 10));
        assertEquals(
                "Option 'crop' of model 'simple-cnn' must be 0 (no crop) or at least 22, the window the layers "
                        + "need, not 20.",
                e.getMessage());
    }

    @Test
    void outOfRangeNumbersAndUnknownChoicesAreRefused() {
        assertMessage(
                "Option 'dropout' of model 'simple-cnn' does not accept '0.95'",
                () -> TestModels.build("simple-cnn", Map.of("dropout", "0.95"), 10));
        assertMessage(
                "Option 'pool' of model 'lenet5' does not accept 'median'",
                () -> TestModels.build("lenet5", Map.of("pool", "median"), 10));
        assertMessage(
                "Option 'hidden' of model 'mlp' does not accept '0'",
                () -> TestModels.build("mlp", Map.of("hidden", "0"), 10));
        assertMessage(
                "Unknown option 'width' for model 'resnet18'",
                () -> TestModels.build("resnet18", Map.of("width", "2"), 10));
    }

    @Test
    void everyOptionIsDescribed() {
        for (String name : new String[] {
            "simple-cnn",
            "lenet5",
            "resnet18",
            "mlp",
            "linear",
            "resnet18-imagenet",
            "small-cnn",
            "keras-cnn",
            "deep-bn-cnn",
            "dual-conv-cnn"
        }) {
            ModelProvider provider = TestModels.provider(name);
            assertTrue(!provider.description().isBlank(), name);
            for (OptionSpec spec : provider.options().specs()) {
                assertTrue(!spec.description().isBlank(), name + " option " + spec.key());
            }
        }
    }

    @Test
    void imagesTooSmallForTheArchitectureAreRefused() {
        ModelProvider provider = TestModels.provider("simple-cnn");
        ModelRequest request = ModelRequest.builder(provider.parseOptions(Map.of()), 10)
                .optInputShape(new Shape(1, 16, 16))
                .build();
        GlyphException e = assertThrows(GlyphException.class, () -> provider.build(request));
        assertEquals("Model 'simple-cnn' needs images of at least 22 × 22 pixels, not 16 × 16.", e.getMessage());
    }

    @Test
    void eachReferenceArchitectureNamesTheSmallestImageItTakes() {
        assertTooSmall("small-cnn", Map.of(), 21, "Model 'small-cnn' needs images of at least 22 × 22 pixels");
        assertTooSmall("deep-bn-cnn", Map.of(), 15, "Model 'deep-bn-cnn' needs images of at least 16 × 16 pixels");
        assertTooSmall(
                "deep-bn-cnn", Map.of("padding", "same"), 3, "Model 'deep-bn-cnn' needs images of at least 4 × 4");
        assertTooSmall("keras-cnn", Map.of(), 3, "Model 'keras-cnn' needs images of at least 4 × 4 pixels");
        assertMessage(
                "Option 'padding' of model 'deep-bn-cnn' does not accept 'full'",
                () -> TestModels.build("deep-bn-cnn", Map.of("padding", "full"), 10));
        assertMessage(
                "Option 'output' of model 'linear' does not accept 'tanh'",
                () -> TestModels.build("linear", Map.of("output", "tanh"), 10));
    }

    private static void assertTooSmall(String model, Map<String, String> options, int side, String start) {
        ModelProvider provider = TestModels.provider(model);
        ModelRequest request = ModelRequest.builder(provider.parseOptions(options), 10)
                .optInputShape(new Shape(1, side, side))
                .build();
        assertMessage(start, () -> provider.build(request));
    }

    @Test
    void missingTorchScriptFileIsNamed() {
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> TestModels.build("resnet18-imagenet", Map.of("file", "weights/none.pt"), 10, DataRoot.of(root)));
        assertTrue(
                e.getMessage()
                        .startsWith("Option 'file' of model 'resnet18-imagenet' names "
                                + root.resolve("weights/none.pt") + " (from 'weights/none.pt'), which is not a file"),
                e.getMessage());
    }

    @Test
    void fileThatIsNotTorchScriptIsRefused() throws Exception {
        Files.writeString(root.resolve("notes.pt"), "these are not weights");
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> TestModels.build("resnet18-imagenet", Map.of("file", "notes.pt"), 10, DataRoot.of(root)));
        assertTrue(
                e.getMessage()
                        .startsWith("Option 'file' of model 'resnet18-imagenet' names " + root.resolve("notes.pt")
                                + ", which PyTorch cannot load as TorchScript"),
                e.getMessage());
    }

    @Test
    void modelZooOfflineSuggestsALocalFile() {
        // Tests run offline (ai.djl.offline=true): the plugin must refuse before DJL tries the network.
        GlyphException e = assertThrows(
                GlyphException.class, () -> TestModels.build("resnet18-imagenet", Map.of(), 10, DataRoot.of(root)));
        assertEquals(
                "Model 'resnet18-imagenet' needs option file=<TorchScript .pt file> while offline; run online"
                        + " (GLYPH_ONLINE=true) to fetch resnet18_embedding from DJL's PyTorch model zoo.",
                e.getMessage());
    }

    @Test
    void channelCountOtherThanGreyOrColourIsRefusedBeforeLoading() {
        ModelProvider provider = TestModels.provider("resnet18-imagenet");
        ModelRequest request = ModelRequest.builder(provider.parseOptions(Map.of("file", "none.pt")), 10)
                .optInputShape(new Shape(2, 28, 28))
                .build();
        assertMessage(
                "Model 'resnet18-imagenet' takes grey (1-channel) or colour (3-channel) images, not 2 channels.",
                () -> provider.build(request));
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable action) {
        GlyphException e = assertThrows(GlyphException.class, action);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
