package org.glyphtransfer.transfer.testing;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;

import java.nio.file.Path;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * A program as a library user writes it, with no logging backend and the default listener: a short
 * pretraining, a transfer and an evaluation. Tests run it in a JVM of its own and read what it prints.
 */
public final class LibraryUserMain {
    private LibraryUserMain() {}

    /** @param args the output folder */
    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        GlyphRuntime rt = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optSeed(3)
                .optThreads(1)
                .optDevice("cpu")
                .build();
        RunResult source = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3", "perClass=16"))
                .epochs(2)
                .batchSize(16)
                .saveTo(out.resolve("source"))
                .runtime(rt)
                .run();
        Transfer.from(source)
                .on(dataset("test-shapes", "from=4", "to=7", "perClass=16"))
                .phase(Phase.headOnly().toBuilder().optEpochs(2).optPatience(1).build())
                .saveTo(out.resolve("target"))
                .runtime(rt)
                .run();
        System.out.println("accuracy "
                + ModelEvaluation.of(out.resolve("target")).runtime(rt).run().accuracy());
    }
}
