package org.glyphtransfer.djl;

import ai.djl.Model;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.translator.BaseImageTranslatorFactory;
import ai.djl.translate.ArgumentsUtil;
import ai.djl.translate.Translator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;

/**
 * Makes the translator of a glyph model folder: an {@link Image} goes through the preprocessing of
 * the dataset plugin the model was trained on, with the recorded options (the same code glyph's
 * {@code Predictor} runs), and the network's output becomes {@link Classifications} over the classes
 * of {@code synset.txt}. Through DJL's expansions it also takes a {@code Path}, {@code URL},
 * {@code InputStream} or DJL Serving's {@code Input}.
 */
public final class GlyphTranslatorFactory extends BaseImageTranslatorFactory<Classifications> {
    /** Made by DJL from the class name, or by the caller for {@code Criteria.optTranslatorFactory}. */
    public GlyphTranslatorFactory() {}

    @Override
    protected Translator<Image, Classifications> buildBaseTranslator(Model model, Map<String, ?> arguments) {
        ServingArguments a = ServingArguments.of(model.getModelPath(), arguments);
        ImagePreprocessor preprocessor;
        try {
            DatasetProvider dataset = GlyphPlugins.registry().dataset(a.dataset());
            preprocessor = dataset.preprocessor(dataset.parseOptions(a.datasetOptions()));
        } catch (GlyphException e) {
            throw ServingArguments.pluginProblem(a.folder(), e);
        }
        if (!preprocessor.outputShape().equals(a.shape().input())) {
            throw ServingArguments.problem(
                    a.folder(),
                    "dataset '" + a.dataset() + "' preprocesses images to " + preprocessor.outputShape()
                            + ", the network takes " + a.shape().input());
        }
        List<String> classes;
        try {
            classes = a.classNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        boolean softmax = ArgumentsUtil.booleanValue(arguments, "applySoftmax", true);
        return new GlyphTranslator(preprocessor, a.shape().input(), classes, softmax);
    }

    @Override
    public Class<Classifications> getBaseOutputType() {
        return Classifications.class;
    }
}
