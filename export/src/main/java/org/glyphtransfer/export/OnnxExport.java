package org.glyphtransfer.export;

import ai.djl.Device;
import ai.onnx.proto.OnnxMl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;

/**
 * Writes a network's model folder as one ONNX file that ONNX Runtime (or any ONNX consumer) runs
 * without glyph or DJL: {@code OnnxExport.of(modelDir).saveTo(Path.of("model.onnx"))}.
 *
 * <p>The graph (opset {@value #OPSET}) takes {@code image}, batch × C × H × W float32 values in
 * [0, 1], white ink on black, as glyph's preprocessing gives them, and answers {@code scores} (the
 * network's last layer) and {@code probabilities} (their softmax). Convolutions, pooling,
 * BatchNorm in inference form, dense layers, activations, flatten, glyph's centre crop and residual
 * sums are written; dropout is left out. A layer the export cannot write is refused with its name.
 * The file is written atomically and never over the model folder.
 */
public final class OnnxExport {
    /** The ONNX opset of the exported graphs. */
    public static final int OPSET = OnnxOps.OPSET;

    private static final String OUT = "--out";
    private final Path modelDir;
    private GlyphRuntime runtime;
    private boolean overwrite;

    private OnnxExport(Path modelDir) {
        this.modelDir = modelDir;
    }

    /**
     * @param modelDir a network's model folder, as {@code glyph pretrain} or {@code glyph transfer} write it
     * @return an export to configure
     */
    public static OnnxExport of(Path modelDir) {
        return new OnnxExport(modelDir);
    }

    /** @param r registry, data root, engine; default {@link GlyphRuntime#defaults()} @return this */
    public OnnxExport runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /** @param replace whether an existing file at the target is replaced; default false @return this */
    public OnnxExport overwrite(boolean replace) {
        this.overwrite = replace;
        return this;
    }

    /**
     * Loads the model and writes the ONNX file.
     *
     * @param file the ONNX file to write
     * @return what was written
     * @throws GlyphException when the target exists (without {@link #overwrite}) or lies in the model
     *     folder, the folder is not a complete network's or holds a cascade, or a layer cannot be exported
     */
    public ExportedModel saveTo(Path file) {
        PathRules.requireApart(OUT, file, Map.of("the model folder", modelDir));
        if (Files.isDirectory(file)) {
            throw new GlyphException(OUT + " " + file + " is a folder; name the ONNX file to write, e.g. model.onnx.");
        }
        if (Files.exists(file) && !overwrite) {
            throw new GlyphException(
                    OUT + " " + file + " exists; choose another file or add --overwrite to replace it.");
        }
        Provenance p = ModelFolder.readProvenance(modelDir);
        if (ModelFolder.isOtherKind(p)) {
            throw new GlyphException("Model folder " + modelDir + " holds a '" + p.architecture()
                    + "' model, not a network; only a network can be exported to ONNX.");
        }
        if (!p.cascade().isEmpty()) {
            // One graph cannot hold the specialists' decisions; exporting the main network alone would answer
            // differently.
            throw new GlyphException("Model folder " + modelDir + " holds a cascade (specialists decide among some of"
                    + " its classes), which one ONNX file cannot hold; export the model it was made from and each"
                    + " specialist on their own.");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        rt.device(); // starts the engine the loader needs
        OnnxMl.ModelProto onnx;
        try (LoadedModel model = ModelFolder.load(modelDir, rt.registry(), rt.dataRoot(), Device.cpu())) {
            onnx = OnnxGraph.of(model);
        } catch (UnsupportedLayer e) {
            throw new GlyphException(
                    "Model folder " + modelDir + " cannot be exported to ONNX: its " + e.getMessage() + ".");
        }
        try {
            AtomicFiles.write(file, onnx::writeTo);
        } catch (IOException e) {
            throw new GlyphException("ONNX file " + file + " cannot be written: " + IoErrors.reason(e) + ".", e);
        }
        return new ExportedModel(
                file,
                OnnxGraph.INPUT,
                p.inputShape(),
                List.of(OnnxGraph.SCORES, OnnxGraph.PROBABILITIES),
                p.classNames(),
                onnx.getGraph().getNodeCount());
    }
}
