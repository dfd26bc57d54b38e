package org.glyphtransfer.transfer.predict;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * What a model says about one image: the probability of every class, the best {@code k} of them,
 * and the preprocessed input the model saw (C × H × W floats in [0, 1], white ink on black).
 * Under an {@link AnswerPolicy} ({@link #answering}) only the allowed classes keep a probability
 * (renormalised) and rank, and {@link #answer()} is {@link AnswerPolicy#UNKNOWN} when the best one
 * is below the policy's minimum confidence. Immutable.
 */
public final class Prediction {
    private final List<String> classNames;
    private final float[] probabilities;
    private final List<ClassScore> top;
    private final float[] input;
    private final int channels;
    private final int height;
    private final int width;
    private final int topK;
    private final boolean[] allowed;
    private final double minConfidence;

    /**
     * @param classNames class names, index = label
     * @param probabilities one probability per class
     * @param topK how many of the most probable classes to keep in {@link #top()}; capped at the class count
     * @param input the preprocessed image, C × H × W row-major
     * @param inputShape C, H, W
     */
    public Prediction(List<String> classNames, float[] probabilities, int topK, float[] input, long[] inputShape) {
        this(classNames, probabilities, topK, input, inputShape, new Answering(null, 0));
    }

    /** The classes that may be answered (null = all) and the minimum confidence of an answer. */
    private record Answering(boolean[] allowed, double minConfidence) {}

    private Prediction(
            List<String> classNames,
            float[] probabilities,
            int topK,
            float[] input,
            long[] inputShape,
            Answering answering) {
        if (probabilities.length != classNames.size()) {
            throw new IllegalArgumentException(
                    probabilities.length + " probabilities for " + classNames.size() + " classes");
        }
        if (inputShape.length != 3 || inputShape[0] * inputShape[1] * inputShape[2] != input.length) {
            throw new IllegalArgumentException("input of " + input.length + " values does not have shape C × H × W");
        }
        this.classNames = List.copyOf(classNames);
        this.probabilities = probabilities.clone();
        this.input = input.clone();
        this.channels = (int) inputShape[0];
        this.height = (int) inputShape[1];
        this.width = (int) inputShape[2];
        this.topK = topK;
        this.allowed = answering.allowed() == null ? null : answering.allowed().clone();
        this.minConfidence = answering.minConfidence();
        this.top = rank(this.classNames, this.probabilities, this.allowed, topK);
    }

    private static List<ClassScore> rank(List<String> names, float[] p, boolean[] allowed, int topK) {
        List<ClassScore> all = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            if (allowed == null || allowed[i]) {
                all.add(new ClassScore(names.get(i), i, p[i]));
            }
        }
        int k = Math.max(1, Math.min(topK, all.size()));
        // Ties go to the lower class index, so the ranking never depends on sort stability.
        all.sort(Comparator.comparing(ClassScore::probability).reversed().thenComparing(ClassScore::index));
        return List.copyOf(all.subList(0, k));
    }

    /** @return the most probable class (among the allowed ones), whether or not it is confident enough */
    public ClassScore best() {
        return top.get(0);
    }

    /** @return whether the best class is below the minimum confidence, so the answer is unknown */
    public boolean unknown() {
        return best().probability() < minConfidence;
    }

    /** @return the best class's name, or {@link AnswerPolicy#UNKNOWN} when it is not confident enough */
    public String answer() {
        return unknown() ? AnswerPolicy.UNKNOWN : best().name();
    }

    /** @return the probability below which the answer is unknown; 0 when every prediction is answered */
    public double minConfidence() {
        return minConfidence;
    }

    /**
     * This prediction under a policy: only classes allowed both here and by the policy keep their
     * probability, renormalised; the policy's minimum confidence replaces this one's when it sets one.
     *
     * @param policy the classes that may be answered and the minimum confidence
     * @param model the model, for messages (e.g. "the model in runs/letters")
     * @return the restricted prediction
     * @throws org.glyphtransfer.api.GlyphException when the policy names a class the model does not have
     */
    public Prediction answering(AnswerPolicy policy, String model) {
        if (policy.isAnswerAlways()) {
            return this;
        }
        boolean[] mask = policy.allowed(classNames, model);
        if (allowed != null) {
            for (int c = 0; c < mask.length; c++) {
                mask[c] &= allowed[c];
            }
        }
        boolean any = false;
        for (boolean b : mask) {
            any |= b;
        }
        if (!any) {
            throw new org.glyphtransfer.api.GlyphException("The classes '" + policy.classes()
                    + "' leave none of the classes this prediction may answer; name at least one of them.");
        }
        double threshold = policy.minConfidence() > 0 ? policy.minConfidence() : minConfidence;
        // Without a class subset the probabilities stay exactly as the model gave them.
        return new Prediction(
                classNames,
                policy.classes() == null ? probabilities : AnswerPolicy.restrict(probabilities, mask),
                topK,
                input,
                new long[] {channels, height, width},
                new Answering(mask, threshold));
    }

    /** @return the most probable classes, most probable first */
    public List<ClassScore> top() {
        return top;
    }

    /** @return class names, index = label */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * @param classIndex a class index
     * @return its probability
     */
    public float probability(int classIndex) {
        return probabilities[classIndex];
    }

    /** @return every class's probability, index = label (a copy) */
    public float[] probabilities() {
        return probabilities.clone();
    }

    /** @return the preprocessed input the model saw, C × H × W (a copy) */
    public float[] input() {
        return input.clone();
    }

    /** @return the input's height in pixels */
    public int inputHeight() {
        return height;
    }

    /** @return the input's width in pixels */
    public int inputWidth() {
        return width;
    }

    /** @return the input's channel count */
    public int inputChannels() {
        return channels;
    }

    /**
     * The input the model saw as an image: grey for one channel, RGB for three (values outside
     * [0, 1] are clipped).
     *
     * @return an H × W image
     */
    public BufferedImage inputImage() {
        boolean colour = channels >= 3;
        BufferedImage image =
                new BufferedImage(width, height, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (colour) {
                    image.setRGB(
                            x,
                            y,
                            (byte255(input[i]) << 16)
                                    | (byte255(input[plane + i]) << 8)
                                    | byte255(input[2 * plane + i]));
                } else {
                    image.getRaster().setSample(x, y, 0, byte255(input[i]));
                }
            }
        }
        return image;
    }

    /** @return {@link #inputImage()} encoded as PNG */
    public byte[] inputPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(inputImage(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int byte255(float v) {
        return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
    }

    @Override
    public String toString() {
        return top.toString();
    }
}
