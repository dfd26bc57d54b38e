package org.glyphtransfer.datasets.merge;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.ClassSelection;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.datasets.core.CommonOptions;
import org.glyphtransfer.datasets.core.DatasetAssembler;
import org.glyphtransfer.datasets.core.ImageSet;
import org.glyphtransfer.datasets.core.Seeds;
import org.glyphtransfer.datasets.core.StratifiedSplit;
import org.glyphtransfer.datasets.preprocess.MnistStylePreprocessor;

/**
 * {@code merge}: two or more datasets as one, e.g. {@code datasets=mnist+az-csv} gives 36 classes
 * {@code 0–9, A–Z}. Each dataset keeps its own splits; the merge joins train, validation and test,
 * renames classes as {@code mapping} says (and refuses names that collide otherwise), keeps the
 * classes {@code classes} names (a specialist's subset, say {@code O,0}), and balances training with
 * {@code perClass}, validation with {@code valPerClass} and testing with {@code testPerClass}. Images must
 * have one shape. New images are prepared MNIST-style (cropped, fitted and centred, as MNIST and the A–Z
 * CSV are), or with {@code preprocess=first} as the first dataset prepares them.
 */
public final class MergeDataset implements DatasetProvider {
    static final String DATASETS = "datasets";
    static final String MAPPING = "mapping";
    static final String CLASSES = "classes";
    static final String TEST_PER_CLASS = "testPerClass";
    static final String VAL_PER_CLASS = "valPerClass";
    static final String PREPROCESS = "preprocess";

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String description() {
        return "two or more datasets as one, e.g. datasets=mnist+az-csv: 36 classes 0–9, A–Z";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(CommonOptions.withShared(
                OptionSpec.string(DATASETS, "mnist+az-csv")
                        .optDescription("the datasets, joined by +, each with its options in brackets if needed,"
                                + " e.g. mnist+az-csv(letters=A-Z)"),
                OptionSpec.string(MAPPING, null)
                        .optDescription("class renames PART:CLASS=NEW, comma-separated (e.g. az-csv:O=O); classes"
                                + " of two datasets share a name only when it maps both"),
                OptionSpec.string(CLASSES, null)
                        .optDescription("keep only these merged classes, e.g. O,0 or A-Z (unset: all)"),
                OptionSpec.choice(PREPROCESS, "mnist", "mnist", "first")
                        .optDescription("how new images (predict, serve) are prepared: mnist inverts, cleans, crops,"
                                + " fits to 20 px and centres them like MNIST and the A–Z CSV; first: as the first"
                                + " dataset prepares them"),
                OptionSpec.integer(TEST_PER_CLASS, null)
                        .optRange(1, Integer.MAX_VALUE)
                        .optDescription("keep at most this many test samples per class, chosen with the seed"
                                + " (unset: all)"),
                OptionSpec.integer(VAL_PER_CLASS, null)
                        .optRange(1, Integer.MAX_VALUE)
                        .optDescription("keep at most this many validation samples per class, chosen with the seed"
                                + " (unset: all)")));
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        PluginOptions options = request.options();
        List<MergeParts.Part> parts = MergeParts.parse(options.getString(DATASETS));
        List<List<String>> partClasses = new ArrayList<>();
        List<ImageSet[]> partSplits = new ArrayList<>();
        PluginRegistry registry = request.registry();
        try (NDManager scratch = request.manager().newSubManager()) {
            for (MergeParts.Part part : parts) {
                GlyphDataset d = loadPart(part, request, registry, scratch);
                partClasses.add(d.classNames());
                partSplits.add(new ImageSet[] {
                    SplitImages.of(d.train(), part.label()),
                    SplitImages.of(d.validation(), part.label()),
                    SplitImages.of(d.test(), part.label())
                });
            }
        }
        requireOneShape(parts, partSplits);
        ClassMapping mapping =
                ClassMapping.of(parts, partClasses, options.optString(MAPPING).orElse(null));
        ImageSet[] merged = new ImageSet[3];
        for (int s = 0; s < 3; s++) {
            List<ImageSet> sets = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                ImageSet set = partSplits.get(p)[s];
                sets.add(
                        set.withLabels(relabel(set.labels(), mapping.labelMaps().get(p))));
            }
            merged[s] = SplitImages.concat(sets);
        }
        List<String> names = mapping.classNames();
        if (options.has(CLASSES)) {
            List<String> kept = ClassSelection.parse("dataset 'merge'", CLASSES, options.getString(CLASSES), names);
            for (int s = 0; s < 3; s++) {
                merged[s] = SplitImages.keepClasses(merged[s], names, kept);
            }
            names = kept;
        }
        long seed = request.seed();
        if (options.optInt(CommonOptions.PER_CLASS).isPresent()) {
            int n = options.getInt(CommonOptions.PER_CLASS);
            merged[0] =
                    merged[0].select(StratifiedSplit.perClass(merged[0].labels(), n, Seeds.derive(seed, "perClass")));
        }
        if (options.optInt(VAL_PER_CLASS).isPresent()) {
            int n = options.getInt(VAL_PER_CLASS);
            merged[1] = merged[1].select(
                    StratifiedSplit.perClass(merged[1].labels(), n, Seeds.derive(seed, "valPerClass")));
        }
        if (options.optInt(TEST_PER_CLASS).isPresent()) {
            int n = options.getInt(TEST_PER_CLASS);
            merged[2] = merged[2].select(
                    StratifiedSplit.perClass(merged[2].labels(), n, Seeds.derive(seed, "testPerClass")));
        }
        return DatasetAssembler.build(name(), names, merged[0], merged[1], merged[2], request);
    }

    private static GlyphDataset loadPart(
            MergeParts.Part part, DatasetRequest request, PluginRegistry registry, NDManager manager) {
        DatasetProvider provider = registry.dataset(part.name());
        if (provider instanceof MergeDataset) {
            throw new GlyphException("Option 'datasets' of dataset 'merge' names 'merge' itself; list the datasets"
                    + " to combine directly.");
        }
        Map<String, String> options = new HashMap<>(part.options());
        // The merge's own balance passes down, so a big dataset is cut before its images are copied.
        request.options().optInt(CommonOptions.PER_CLASS).ifPresent(n -> {
            boolean takesIt =
                    provider.options().specs().stream().anyMatch(s -> s.key().equals(CommonOptions.PER_CLASS));
            if (takesIt) {
                options.putIfAbsent(CommonOptions.PER_CLASS, String.valueOf(n));
            }
        });
        return provider.load(DatasetRequest.builder(provider.parseOptions(options), manager)
                .optDataRoot(request.dataRoot())
                .optSeed(request.seed())
                .optRegistry(registry)
                .build());
    }

    private static void requireOneShape(List<MergeParts.Part> parts, List<ImageSet[]> splits) {
        ImageSet first = splits.get(0)[0];
        for (int p = 1; p < parts.size(); p++) {
            ImageSet other = splits.get(p)[0];
            if (other.height() != first.height() || other.width() != first.width()) {
                throw new GlyphException("Datasets '" + parts.get(0).label() + "' and '"
                        + parts.get(p).label()
                        + "' of dataset 'merge' have images of " + first.height() + "×" + first.width() + " and "
                        + other.height() + "×" + other.width() + " pixels; merge datasets of one image size.");
            }
        }
    }

    private static int[] relabel(int[] labels, int[] map) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map[labels[i]];
        }
        return out;
    }

    @Override
    public ImagePreprocessor preprocessor(PluginOptions options) {
        if ("mnist".equals(options.getString(PREPROCESS))) {
            return MnistStylePreprocessor.builder().build();
        }
        MergeParts.Part first = MergeParts.parse(options.getString(DATASETS)).get(0);
        DatasetProvider provider = PluginRegistry.discover().dataset(first.name());
        return provider.preprocessor(provider.parseOptions(first.options()));
    }
}
