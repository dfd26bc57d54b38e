package org.glyphtransfer.transfer.predict;

import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.cascade.Cascade;
import org.glyphtransfer.transfer.eval.Inference;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.ModelPlugins;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.ScoringModel;

/**
 * Classifies images with a saved model:
 * {@code try (Predictor p = Predictor.builder(dir).build()) { p.predictFile(file, 3).best(); }}.
 * Images get the preprocessing of the dataset plugin the model was trained on, as recorded in
 * the model folder, so a photo of a letter is normalised exactly as the training photos were.
 * The specialists the folder names (its cascade) decide among their classes, and the
 * {@link AnswerPolicy} given to the builder restricts the classes and sets the minimum confidence
 * of every prediction.
 *
 * <p>Thread-safe: every call runs its forward pass in its own tensor scope, so a server can share
 * one predictor between worker threads.
 */
public final class Predictor implements AutoCloseable {
    private final Path modelDir;
    private final ScoringModel model;
    private final ImagePreprocessor preprocessor;
    private final ImageDecoder decoder;
    private final long[] inputShape;
    private final Cascade cascade;
    private final AnswerPolicy policy;
    private volatile boolean closed;

    /** What classifies besides the main model, and how answers are given. */
    private record Answering(Cascade cascade, AnswerPolicy policy) {}

    private Predictor(
            Path modelDir, ScoringModel model, ImagePreprocessor preprocessor, ImageDecoder decoder, Answering a) {
        this.modelDir = modelDir;
        this.model = model;
        this.preprocessor = preprocessor;
        this.decoder = decoder;
        this.inputShape = model.provenance().inputShape();
        this.cascade = a.cascade();
        this.policy = a.policy();
    }

    /**
     * @param modelDir a folder written by {@code glyph pretrain}, {@code glyph transfer} or {@code glyph baseline}
     * @return a builder
     */
    public static Builder builder(Path modelDir) {
        return new Builder(modelDir);
    }

    /** @return the model folder */
    public Path modelDir() {
        return modelDir;
    }

    /** @return where the model comes from */
    public Provenance provenance() {
        return model.provenance();
    }

    /** @return class names, index = label */
    public List<String> classNames() {
        return model.provenance().classNames();
    }

    /** @return the classes answers are restricted to and the minimum confidence of an answer */
    public AnswerPolicy policy() {
        return policy;
    }

    /** @return the decoder used for files */
    public ImageDecoder decoder() {
        return decoder;
    }

    /**
     * The model input for an image, as the training data was made.
     *
     * @param image any size and colour model
     * @return C × H × W floats
     */
    public float[] preprocess(BufferedImage image) {
        float[] input = preprocessor.apply(Objects.requireNonNull(image, "image"));
        if (input.length != new Shape(inputShape).size()) {
            throw new IllegalStateException(
                    "Preprocessor " + preprocessor.getClass().getName() + " returned " + input.length + " values, not "
                            + new Shape(inputShape));
        }
        return input;
    }

    /**
     * Classifies one image.
     *
     * @param image any size and colour model
     * @param topK how many of the most probable classes to list
     * @return the prediction
     */
    public Prediction predict(BufferedImage image, int topK) {
        return predictInputs(List.of(preprocess(image)), topK).get(0);
    }

    /**
     * Classifies images in batches, preprocessing them in parallel.
     *
     * @param images the images
     * @param topK how many of the most probable classes to list
     * @return one prediction per image, in order
     */
    public List<Prediction> predictAll(List<BufferedImage> images, int topK) {
        float[][] inputs = new float[images.size()][];
        IntStream.range(0, inputs.length).parallel().forEach(i -> inputs[i] = preprocess(images.get(i)));
        return predictInputs(List.of(inputs), topK);
    }

    /**
     * Reads and classifies one image file.
     *
     * @param file a PNG, JPEG, GIF or BMP file
     * @param topK how many of the most probable classes to list
     * @return the prediction
     * @throws GlyphException naming the file when it cannot be read
     */
    public Prediction predictFile(Path file, int topK) {
        return predict(decoder.read(file), topK);
    }

    /**
     * Classifies inputs that are already preprocessed.
     *
     * @param inputs C × H × W floats each
     * @param topK how many of the most probable classes to list
     * @return one prediction per input, in order
     */
    public List<Prediction> predictInputs(List<float[]> inputs, int topK) {
        if (closed) {
            throw new IllegalStateException("Predictor for " + modelDir + " is closed");
        }
        int size = (int) new Shape(inputShape).size();
        List<String> classes = classNames();
        List<Prediction> out = new ArrayList<>(inputs.size());
        for (int start = 0; start < inputs.size(); start += Inference.BATCH) {
            int end = Math.min(inputs.size(), start + Inference.BATCH);
            float[] batch = new float[(end - start) * size];
            for (int i = start; i < end; i++) {
                System.arraycopy(inputs.get(i), 0, batch, (i - start) * size, size);
            }
            float[] p = probabilities(batch, end - start);
            for (int i = start; i < end; i++) {
                float[] row = new float[classes.size()];
                System.arraycopy(p, (i - start) * row.length, row, 0, row.length);
                out.add(new Prediction(classes, row, topK, inputs.get(i), inputShape).answering(policy, owner()));
            }
        }
        return out;
    }

    private float[] probabilities(float[] batch, int n) {
        return cascade.applyToBatch(model.probabilities(batch, n), batch, n);
    }

    private String owner() {
        return "in " + modelDir;
    }

    /** Frees the native memory of the model and its specialists; predictions after this fail. */
    @Override
    public void close() {
        closed = true;
        cascade.close();
        model.close();
    }

    /** Builder of {@link Predictor}. */
    public static final class Builder {
        private final Path modelDir;
        private GlyphRuntime runtime;
        private ImageDecoder decoder;
        private AnswerPolicy policy = AnswerPolicy.answerAlways();
        private boolean useCascade = true;

        private Builder(Path modelDir) {
            this.modelDir = Objects.requireNonNull(modelDir, "modelDir");
        }

        /** @param r registry, data root, engine; default {@link GlyphRuntime#defaults()} @return this builder */
        public Builder optRuntime(GlyphRuntime r) {
            this.runtime = r;
            return this;
        }

        /** @param d decoder and its size limits for files; default {@link ImageDecoder#defaults()} @return this builder */
        public Builder optDecoder(ImageDecoder d) {
            this.decoder = d;
            return this;
        }

        /**
         * @param p the classes answers are restricted to and the minimum confidence of an answer;
         *     default: every class, always answered
         * @return this builder
         */
        public Builder optAnswerPolicy(AnswerPolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /**
         * @param use whether the specialists the model folder names decide among their classes; default true
         * @return this builder
         */
        public Builder optCascade(boolean use) {
            this.useCascade = use;
            return this;
        }

        /**
         * Loads the model and finds its preprocessing.
         *
         * @return the predictor; close it when done
         * @throws GlyphException when the folder is no valid model, or its dataset plugin is
         *     missing or gives inputs of another shape than the model takes, when the policy names a
         *     class the model does not have, or when a specialist is missing or does not fit
         */
        public Predictor build() {
            GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
            Provenance p = ModelFolder.readProvenance(modelDir);
            // Checked before anything is loaded: a wrong class name is the user's, and cheap to tell.
            policy.allowed(p.classNames(), "in " + modelDir);
            ScoringModel model = ModelFolder.loadScoring(
                    modelDir, rt.registry(), rt.dataRoot(), rt.engine().device());
            try {
                ImagePreprocessor preprocessor = preprocessorOf(model.provenance(), rt);
                Cascade cascade = useCascade ? Cascade.load(modelDir, model.provenance(), rt) : Cascade.none();
                return new Predictor(
                        modelDir,
                        model,
                        preprocessor,
                        decoder != null ? decoder : ImageDecoder.defaults(),
                        new Answering(cascade, policy));
            } catch (RuntimeException e) {
                model.close();
                throw e;
            }
        }

        private ImagePreprocessor preprocessorOf(Provenance p, GlyphRuntime rt) {
            DatasetProvider dataset = ModelPlugins.dataset(modelDir, p, rt.registry());
            ImagePreprocessor preprocessor =
                    dataset.preprocessor(ModelPlugins.options(modelDir, "datasetOptions", dataset, p.datasetOptions()));
            Shape expected = new Shape(p.inputShape());
            if (!preprocessor.outputShape().equals(expected)) {
                throw new GlyphException(
                        "Model " + modelDir + " takes inputs of shape " + expected + " but dataset '" + p.dataset()
                                + "' preprocesses images to " + preprocessor.outputShape()
                                + "; that plugin's preprocess option or"
                                + " preprocessor must make " + expected + " inputs.");
            }
            return preprocessor;
        }
    }
}
