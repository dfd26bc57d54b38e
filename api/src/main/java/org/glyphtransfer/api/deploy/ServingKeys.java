package org.glyphtransfer.api.deploy;

/**
 * The files and {@code serving.properties} keys of a network model folder that DJL loads. DJL's own
 * keys ({@code engine}, {@code blockFactory}, …) keep DJL's names; the keys under {@code glyph.} say
 * how the glyph-djl-serving jar rebuilds the network and the preprocessing, through the same plugins
 * that trained the model.
 */
public final class ServingKeys {
    /** The file DJL reads the model's arguments from. */
    public static final String FILE = "serving.properties";
    /** The class names, one a line, in the order of the network's outputs. */
    public static final String SYNSET = "synset.txt";
    /** The file-name prefix of DJL's parameter files, {@code model-0000.params}. */
    public static final String MODEL_NAME = "model";
    /** The {@code ai.djl.nn.BlockFactory} of glyph-djl-serving. */
    public static final String BLOCK_FACTORY_CLASS = "org.glyphtransfer.djl.GlyphBlockFactory";
    /** The {@code ai.djl.translate.TranslatorFactory} of glyph-djl-serving. */
    public static final String TRANSLATOR_FACTORY_CLASS = "org.glyphtransfer.djl.GlyphTranslatorFactory";

    /** The model plugin that builds the network. */
    public static final String ARCHITECTURE = "glyph.architecture";
    /** Prefix of the model plugin's options: {@code glyph.architectureOption.crop=22}. */
    public static final String ARCHITECTURE_OPTION = "glyph.architectureOption.";
    /** The dataset plugin whose preprocessing turns an image into the network's input. */
    public static final String DATASET = "glyph.dataset";
    /** Prefix of the dataset plugin's options, as the model was trained with them. */
    public static final String DATASET_OPTION = "glyph.datasetOption.";
    /** One input, C,H,W. */
    public static final String INPUT_SHAPE = "glyph.inputShape";
    /** How many classes the network tells apart. */
    public static final String CLASSES = "glyph.classes";
    /** The parameter file, as {@code model.json} names it; DJL finds it through the two options below. */
    public static final String PARAMETER_FILE = "glyph.parameterFile";
    /** SHA-256 of the parameter file, as {@code model.json} records it. */
    public static final String PARAMETER_SHA256 = "glyph.parameterSha256";
    /** SHA-256 of {@code synset.txt}, so a class list from another save is refused. */
    public static final String SYNSET_SHA256 = "glyph.synsetSha256";
    /** The epoch number of the parameter file; DJL reads it as the option {@code epoch}. */
    public static final String EPOCH_OPTION = "option.epoch";
    /** The parameter-file prefix; DJL reads it as the option {@code modelName}. */
    public static final String MODEL_NAME_OPTION = "option.modelName";

    private ServingKeys() {}

    /**
     * @param epoch the parameter file's number
     * @return its name in DJL's layout, {@code model-0000.params}
     */
    public static String parameterFile(int epoch) {
        return String.format(java.util.Locale.ROOT, "%s-%04d.params", MODEL_NAME, epoch);
    }
}
