package org.glyphtransfer.datasets.folders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.ResizePreprocessor;
import org.glyphtransfer.datasets.core.CommonOptions;
import org.glyphtransfer.datasets.core.DatasetAssembler;
import org.glyphtransfer.datasets.core.ImageSet;
import org.glyphtransfer.datasets.core.Partition;
import org.glyphtransfer.datasets.core.Seeds;
import org.glyphtransfer.datasets.core.StratifiedSplit;
import org.glyphtransfer.datasets.preprocess.MnistStylePreprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code letter-folders}: photos or scans of letters in class folders ({@code root/Training/<class>/*}
 * and {@code root/Testing/<class>/*}, or {@code root/<class>/*} split by {@code testFraction}),
 * normalised MNIST-style by default. PNG, JPEG, BMP and GIF of any size and colour model.
 */
public final class LetterFoldersDataset implements DatasetProvider {
    static final String ROOT = "root";
    static final String CLASSES = "classes";
    static final String BINARY = "binary";
    static final String ON_BAD_FILE = "onBadFile";
    static final String PREPROCESS = "preprocess";
    static final String STROKE_WIDTH = "strokeWidth";
    private static final Logger LOG = LoggerFactory.getLogger(LetterFoldersDataset.class);

    @Override
    public String name() {
        return "letter-folders";
    }

    @Override
    public String description() {
        return "letter images in class folders (Training/<class>, Testing/<class>), normalised MNIST-style";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(CommonOptions.withShared(
                OptionSpec.string(ROOT, "letters-scans")
                        .optPath()
                        .optDescription(
                                "dataset folder with Training/<class>/ and Testing/<class>/ (or <class>/), under the data root or absolute"),
                OptionSpec.string(CLASSES, null)
                        .optDescription("classes to keep, e.g. A-E or A,C,E (default: every folder except Not<class>)"),
                OptionSpec.string(BINARY, null)
                        .optDescription("one-vs-rest task: <class> (label 0) against the folder Not<class> (label 1)"),
                OptionSpec.choice(ON_BAD_FILE, "fail", "fail", "skip")
                        .optDescription("what an unreadable image does: fail the load, or skip it with a warning"),
                OptionSpec.choice(PREPROCESS, "mnist", "mnist", "resize")
                        .optDescription(
                                "mnist: invert, clean, crop, fit to 20 px and centre by mass; resize: plain grey resize to 28×28"),
                OptionSpec.decimal(STROKE_WIDTH, MnistStylePreprocessor.DEFAULT_STROKE_WIDTH)
                        .optRange(0, 6)
                        .optDescription(
                                "with preprocess=mnist, thicken thinner strokes to this width in pixels before the final resampling (default gives MNIST-like 2 px strokes; 0 = keep)"),
                CommonOptions.testFraction(0.2)
                        .optDescription(
                                "share of each class held out for testing when there is no Testing folder (seeded)"),
                CommonOptions.valFraction()));
    }

    @Override
    public ImagePreprocessor preprocessor(PluginOptions options) {
        if ("resize".equals(options.getString(PREPROCESS))) {
            return new ResizePreprocessor(28, 28);
        }
        return MnistStylePreprocessor.builder()
                .optStrokeWidth(options.getDouble(STROKE_WIDTH))
                .build();
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        PluginOptions options = request.options();
        String owner = "dataset '" + name() + "'";
        ClassFolders folders = ClassFolders.scan(request.resolve(options.getString(ROOT)));
        List<String> classes = ClassPlan.choose(owner, folders, options.optString(BINARY), options.optString(CLASSES));
        FolderImageLoader loader = new FolderImageLoader(
                preprocessor(options), "skip".equals(options.getString(ON_BAD_FILE)), folders.root());
        ImageSet all = loader.load(classes, folders::trainFiles, folders.trainDir());
        ImageSet train;
        ImageSet test;
        if (folders.hasTestFolder()) {
            Path testDir = folders.testDir().orElseThrow();
            checkTestClasses(folders, classes, testDir);
            train = all;
            test = loader.load(classes, folders::testFiles, testDir);
        } else {
            Partition split = StratifiedSplit.split(
                    all.labels(), options.getDouble(CommonOptions.TEST_FRACTION), Seeds.derive(request.seed(), "test"));
            train = all.select(split.kept());
            test = all.select(split.heldOut());
        }
        warnAboutSkipped(loader.skipped(), folders.root());
        return DatasetAssembler.assemble(name(), classes, train, test, request);
    }

    private static void checkTestClasses(ClassFolders folders, List<String> classes, Path testDir) {
        List<String> testClasses = folders.testClassNames();
        for (String name : classes) {
            if (!testClasses.contains(name)) {
                throw new GlyphException("Test folder " + testDir + " has no class folder '" + name + "' although "
                        + folders.trainDir().resolve(name) + " exists; every class needs test images too.");
            }
        }
        List<String> unmatched = new ArrayList<>(testClasses);
        unmatched.removeAll(folders.classNames());
        if (!unmatched.isEmpty()) {
            throw new GlyphException("Test folder " + testDir.resolve(unmatched.get(0)) + " has no matching training"
                    + " folder in " + folders.trainDir() + "; rename it or add training images for that class.");
        }
    }

    private static void warnAboutSkipped(List<String> skipped, Path root) {
        if (!skipped.isEmpty()) {
            LOG.warn(
                    "Skipped {} unreadable image file(s) under {} (onBadFile=skip); first: {}",
                    skipped.size(),
                    root,
                    skipped.get(0));
        }
    }
}
