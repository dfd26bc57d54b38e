package org.glyphtransfer.models.pretrained;

import ai.djl.Device;
import ai.djl.ModelException;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;

/**
 * Loads a TorchScript module into a DJL model through the engine-neutral
 * {@link Criteria} API: from a local {@code .pt} file, or from DJL's PyTorch model zoo.
 * The module's weights are loaded as trainable ({@code trainParam}), so that freezing is decided
 * by the training code and not by how the file was loaded.
 */
final class TorchScriptLoader {
    /** The address of DJL's ImageNet ResNet-18 feature extractor (N × 3 × H × W → N × 512 × 1 × 1). */
    static final String ZOO_URL = "djl://ai.djl.pytorch/resnet18_embedding";

    private final String owner;
    private final Device device;

    /**
     * @param owner the model plugin, named in messages
     * @param device where the weights go, or {@code null} for the engine's default device
     */
    TorchScriptLoader(String owner, Device device) {
        this.owner = owner;
        this.device = device;
    }

    /**
     * Loads a TorchScript file.
     *
     * @param file the {@code .pt} file, as resolved against the data root
     * @param asGiven the option value the user wrote, for messages
     * @return the model; its block is the module
     */
    ZooModel<NDList, NDList> fromFile(Path file, String asGiven) {
        if (!Files.isRegularFile(file)) {
            throw new GlyphException("Option 'file' of model '" + owner + "' names " + file + " (from '" + asGiven
                    + "'), which is not a file; give a TorchScript .pt file saved with torch.jit.save.");
        }
        try {
            return load(criteria().optModelPath(file));
        } catch (ModelException | IOException | RuntimeException e) {
            throw new GlyphException(
                    "Option 'file' of model '" + owner + "' names " + file
                            + ", which PyTorch cannot load as TorchScript (" + firstLine(e)
                            + "); save the network with torch.jit.save(torch.jit.trace(model, example)).",
                    e);
        }
    }

    /**
     * Fetches DJL's pretrained ResNet-18 embedding (needs the network, or DJL's cache).
     *
     * @return the model; its block is the module
     */
    ZooModel<NDList, NDList> fromZoo() {
        // DJL would still try the network for the zoo's index; offline means no network at all.
        if (Utils.isOfflineMode()) {
            throw new GlyphException("Model '" + owner + "' needs option file=<TorchScript .pt file> while offline;"
                    + " run online (GLYPH_ONLINE=true) to fetch resnet18_embedding from DJL's PyTorch model zoo.");
        }
        try {
            return load(criteria().optModelUrls(ZOO_URL));
        } catch (ModelException | IOException | RuntimeException e) {
            throw new GlyphException(
                    "Model '" + owner + "' could not get resnet18_embedding from DJL's PyTorch"
                            + " model zoo (" + firstLine(e) + "); check the network connection or give option"
                            + " file=<TorchScript .pt file>.",
                    e);
        }
    }

    private Criteria.Builder<NDList, NDList> criteria() {
        return Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optEngine("PyTorch")
                .optDevice(device)
                .optOption("trainParam", "true");
    }

    private static ZooModel<NDList, NDList> load(Criteria.Builder<NDList, NDList> criteria)
            throws ModelException, IOException {
        return criteria.build().loadModel();
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
