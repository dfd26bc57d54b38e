package org.glyphtransfer.transfer.study;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * How much transfer helps as training data shrinks: for every images-per-class budget and every
 * seed, transfers a pretrained model and trains the same architecture from scratch with the same
 * budget, then reports mean ± standard deviation as {@code study.md}, {@code study.csv},
 * {@code study.json} and the plot {@code study.png}. Finished runs are kept and skipped on a
 * restart. The target dataset must accept the {@code perClass} option.
 */
public final class DataEfficiencyStudy {
    private static final Gson GSON = new Gson();

    private final Path source;
    private DatasetChoice target;
    private List<Integer> budgets = List.of(8, 16, 32, 64, 0);
    private List<Long> seeds = List.of(1L, 2L, 3L);
    private List<Phase> phases;
    private Map<String, String> targetDefaults = Map.of();
    private Path output;
    private GlyphRuntime runtime;

    private DataEfficiencyStudy(Path source) {
        this.source = source;
    }

    /** @param pretrained a model folder to transfer from @return a study to configure */
    public static DataEfficiencyStudy from(Path pretrained) {
        return new DataEfficiencyStudy(pretrained);
    }

    /** @param dataset the target dataset (its perClass option is set per run) @return this */
    public DataEfficiencyStudy on(DatasetChoice dataset) {
        this.target = dataset;
        return this;
    }

    /** @param perClass budgets of training images per class, 0 = all; default 8, 16, 32, 64, all @return this */
    public DataEfficiencyStudy perClass(List<Integer> perClass) {
        this.budgets = List.copyOf(perClass);
        return this;
    }

    /** @param s seeds; default 1, 2, 3 @return this */
    public DataEfficiencyStudy seeds(List<Long> s) {
        this.seeds = List.copyOf(s);
        return this;
    }

    /** @param p the transfer phases; default: the reference study's @return this */
    public DataEfficiencyStudy phases(List<Phase> p) {
        this.phases = List.copyOf(p);
        return this;
    }

    /** @param defaults dataset options for the target from a recipe, see {@code Transfer.targetDefaults} @return this */
    public DataEfficiencyStudy targetDefaults(Map<String, String> defaults) {
        this.targetDefaults = Map.copyOf(defaults);
        return this;
    }

    /** @param dir the study folder @return this */
    public DataEfficiencyStudy saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param r registry, data root, engine, progress; its seed is replaced per run @return this */
    public DataEfficiencyStudy runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /**
     * Runs what is not finished yet and writes the summary.
     *
     * @return one summary per budget
     */
    public List<StudySummary> run() {
        if (target == null || output == null) {
            throw new GlyphException("A data-efficiency study needs a target dataset (on) and a folder (saveTo).");
        }
        GlyphRuntime base = runtime != null ? runtime : GlyphRuntime.defaults();
        List<StudyRow> rows = new ArrayList<>();
        for (int budget : budgets) {
            for (long seed : seeds) {
                rows.add(runOnce(base, budget, seed));
            }
        }
        List<StudySummary> summary = StudySummary.of(rows);
        try {
            StudyReport.write(output, target.toString(), rows, summary);
        } catch (IOException e) {
            throw new GlyphException("Could not write the study to " + output + ": " + e.getMessage() + ".", e);
        }
        return summary;
    }

    private StudyRow runOnce(GlyphRuntime base, int budget, long seed) {
        Path dir = output.resolve((budget == 0 ? "perClass-all" : "perClass-" + budget)).resolve("seed-" + seed);
        Path done = dir.resolve("study-row.json");
        try {
            if (Files.exists(done)) {
                base.listener().onMessage("study: " + dir + " already finished, skipped");
                return GSON.fromJson(Files.readString(done), StudyRow.class);
            }
            GlyphRuntime rt = GlyphRuntime.builder().optRegistry(base.registry()).optDataRoot(base.dataRoot())
                    .optListener(base.listener()).optEngine(EngineOptions.builder().optDevice(base.engineOptions().device())
                            .optThreads(base.engineOptions().threads()).optSeed(seed).build()).build();
            DatasetChoice data = budget == 0 ? target : target.withOption("perClass", Integer.toString(budget));
            Transfer transfer = Transfer.from(source).on(data).targetDefaults(targetDefaults).baseline(org.glyphtransfer.transfer.Baseline.SCRATCH).saveTo(dir).writePolicy(org.glyphtransfer.transfer.WritePolicy.OVERWRITE).runtime(rt);
            if (phases != null) {
                transfer.phases(phases);
            }
            RunResult result = transfer.run();
            Provenance p = result.model().provenance();
            double perClassUsed = (double) p.datasetSizes().get("train") / p.classNames().size();
            StudyRow row = new StudyRow(budget, perClassUsed, seed, result.model().phases().get(0).testAccuracy(),
                    result.testAccuracy(), result.baseline().orElseThrow().testAccuracy());
            AtomicFiles.write(done, GSON.toJson(row));
            base.listener().onMessage(String.format(Locale.ROOT, "study: perClass %s seed %d: transfer %.4f, scratch %.4f",
                    budget == 0 ? "all" : budget, seed, row.transferAccuracy(), row.scratchAccuracy()));
            return row;
        } catch (IOException e) {
            throw new GlyphException("Could not read or write " + done + ": " + e.getMessage() + ".", e);
        }
    }
}
