package org.glyphtransfer.djl;

import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.List;
import org.glyphtransfer.api.ImagePreprocessor;

/**
 * One image in, its classes out: glyph's preprocessing of the training data, the network, softmax.
 * Stateless apart from what it was made with, so DJL may share it between predictors.
 */
final class GlyphTranslator implements Translator<Image, Classifications> {
    private final ImagePreprocessor preprocessor;
    private final Shape input;
    private final List<String> classes;
    private final boolean softmax;

    GlyphTranslator(ImagePreprocessor preprocessor, Shape input, List<String> classes, boolean softmax) {
        this.preprocessor = preprocessor;
        this.input = input;
        this.classes = List.copyOf(classes);
        this.softmax = softmax;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Image image) {
        float[] values = preprocessor.apply(AwtImages.of(image, ctx.getNDManager()));
        return new NDList(ctx.getNDManager().create(values, input));
    }

    @Override
    public Classifications processOutput(TranslatorContext ctx, NDList list) {
        NDArray scores = list.singletonOrThrow();
        return new Classifications(classes, softmax ? scores.softmax(0) : scores);
    }
}
