package org.glyphtransfer.datasets.csv;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.glyphtransfer.api.ClassSelection;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;
import org.glyphtransfer.datasets.core.DatasetAssembler;
import org.glyphtransfer.datasets.core.ImageSet;
import org.glyphtransfer.datasets.core.Letters;
import org.glyphtransfer.datasets.core.Partition;
import org.glyphtransfer.datasets.core.Seeds;
import org.glyphtransfer.datasets.core.StratifiedSplit;

/**
 * {@code az-csv}: the Kaggle "A–Z Handwritten Alphabets" CSV (28 × 28, white on black, label
 * 0–25 = A–Z). It has no split of its own, so test and validation are carved out stratified
 * and seeded; {@code letters} keeps a subset and renumbers the labels from 0.
 */
public final class AzCsvDataset implements DatasetProvider {
    static final String FILE = "file";
    static final String LETTERS_OPTION = "letters";
    private static final List<String> ALPHABET = Letters.UPPERCASE;

    @Override
    public String name() {
        return "az-csv";
    }

    @Override
    public String description() {
        return "Kaggle A–Z handwritten letters CSV (.csv or .csv.gz): label 0–25, then 784 pixels";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(CommonOptions.withShared(
                OptionSpec.string(FILE, "az-csv/handwritten-az-upper.csv.gz")
                        .optPath()
                        .optDescription("the CSV file (.csv or .csv.gz), absolute or under the data root"),
                OptionSpec.string(LETTERS_OPTION, "A-Z")
                        .optDescription(
                                "letters to keep, e.g. A-E or A,C,E; labels are renumbered from 0 in A–Z order"),
                CommonOptions.testFraction(0.2),
                CommonOptions.valFraction()));
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        PluginOptions options = request.options();
        List<String> letters = ClassSelection.parse(
                "dataset '" + name() + "'", LETTERS_OPTION, options.getString(LETTERS_OPTION), ALPHABET);
        int[] remap = new int[ALPHABET.size()];
        Arrays.fill(remap, -1);
        for (int i = 0; i < letters.size(); i++) {
            remap[ALPHABET.indexOf(letters.get(i))] = i;
        }
        Path file = request.resolve(options.getString(FILE));
        ImageSet[] splits =
                split(new AzCsvParser(file, remap).parse(request.progress().orElse(null)), file, request);
        return DatasetAssembler.build(name(), letters, splits[0], splits[1], splits[2], request);
    }

    /** Train, validation, test, each gathered from the parsed chunks once. */
    private static ImageSet[] split(CsvRows rows, Path file, DatasetRequest request) {
        if (rows.size() == 0) {
            throw new GlyphException("CSV file " + file + " has no rows of the chosen letters; check the file and"
                    + " the option 'letters'.");
        }
        PluginOptions options = request.options();
        int[] labels = rows.labels();
        Partition test = StratifiedSplit.split(
                labels, options.getDouble(CommonOptions.TEST_FRACTION), Seeds.derive(request.seed(), "test"));
        int[] rest = test.kept();
        Partition validation = StratifiedSplit.split(
                pick(labels, rest),
                options.getDouble(CommonOptions.VAL_FRACTION),
                Seeds.derive(request.seed(), "validation"));
        int[] train = pick(rest, validation.kept());
        Integer perClass = options.optInt(CommonOptions.PER_CLASS).orElse(null);
        if (perClass != null) {
            train = pick(
                    train,
                    StratifiedSplit.perClass(pick(labels, train), perClass, Seeds.derive(request.seed(), "perClass")));
        }
        return new ImageSet[] {
            rows.gather(train), rows.gather(pick(rest, validation.heldOut())), rows.gather(test.heldOut())
        };
    }

    /** The values at the given indices: labels of chosen rows, or row numbers of chosen positions. */
    private static int[] pick(int[] values, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }
}
