package org.glyphtransfer.spark.predict;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;

/** A small CNN trained once per test JVM on generated scans of three shapes, for the module's tests. */
public final class ShapesModel {
    private static Path folder;
    private static GlyphRuntime runtime;

    private ShapesModel() {}

    /** @return the runtime the model was trained with: class-path plugins, CPU, one thread */
    public static synchronized GlyphRuntime runtime() {
        if (runtime == null) {
            runtime = GlyphRuntime.builder()
                    .optRegistry(
                            PluginRegistry.builder().optUseEnvironment(false).build())
                    .optEngine(CpuEngine.options(1, 7))
                    .optDataRoot(DataRoot.of(Path.of(".")))
                    .build();
        }
        return runtime;
    }

    /** @return the model folder, trained on first use */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("glyph-spark-test-");
                Path data = GlyphImages.dataset(dir.resolve("shapes"), 12, 1);
                Pretraining.of(model("simple-cnn"))
                        .on(dataset("letter-folders", "root=" + data))
                        .epochs(2)
                        .batchSize(12)
                        .saveTo(dir.resolve("shapes-model"))
                        .reports(Reports.NONE)
                        .runtime(runtime())
                        .run();
                folder = dir.resolve("shapes-model");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
