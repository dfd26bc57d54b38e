package org.glyphtransfer.baselines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.TrainedModel;

/**
 * Puts a finished transfer beside classic baselines on the same target: trains each method on the
 * same dataset choice into {@code <run>/baseline-<method>} and writes one comparison table and plot
 * into the run's folder: the transferred network, the network from scratch when it was trained, and
 * every baseline.
 */
public final class ComparedRun {
    private ComparedRun() {}

    /**
     * @param transfer the finished transfer (with its scratch network when asked for)
     * @param methods the classic methods to train, with their default options
     * @param target the dataset the transfer trained on, as the user chose it
     * @param rt the runtime the transfer used
     * @return the comparison's entries; the files are written when the transfer saved a folder
     */
    public static List<Comparison.Entry> alongside(
            RunResult transfer, List<Method> methods, DatasetChoice target, GlyphRuntime rt) {
        Optional<Path> out = transfer.outputDirectory();
        List<Comparison.Entry> entries = new ArrayList<>();
        entries.add(Comparison.Entry.of("transfer", "network", transfer.model()));
        transfer.baseline().ifPresent(s -> entries.add(Comparison.Entry.of("scratch", "network", s)));
        for (Method m : methods) {
            TrainedModel trained = Baseline.of(m)
                    .on(target)
                    .saveTo(out.map(dir -> dir.resolve("baseline-" + m.id())).orElse(null))
                    .runtime(rt)
                    .run();
            entries.add(Comparison.Entry.of(m.id(), "baseline", trained));
        }
        out.ifPresent(dir -> {
            Comparison.write(dir, transfer.model().label(), entries);
            rt.listener().onMessage("comparison written to " + dir.resolve(Comparison.FILES.get(0)));
        });
        return entries;
    }
}
