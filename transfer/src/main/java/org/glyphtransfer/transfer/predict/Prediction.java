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
 * Immutable.
 */
public final class Prediction {
    private final List<String> classNames;
    private final float[] probabilities;
    private final List<ClassScore> top;
    private final float[] input;
    private final int channels;
    private final int height;
    private final int width;

    /**
     * @param classNames class names, index = label
     * @param probabilities one probability per class
     * @param topK how many of the most probable classes to keep in {@link #top()}; capped at the class count
     * @param input the preprocessed image, C × H × W row-major
     * @param inputShape C, H, W
     */
    public Prediction(List<String> classNames, float[] probabilities, int topK, float[] input, long[] inputShape) {
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
        this.top = rank(this.classNames, this.probabilities, Math.max(1, Math.min(topK, probabilities.length)));
    }

    private static List<ClassScore> rank(List<String> names, float[] p, int k) {
        List<ClassScore> all = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            all.add(new ClassScore(names.get(i), i, p[i]));
        }
        // Ties go to the lower class index, so the ranking never depends on sort stability.
        all.sort(Comparator.comparing(ClassScore::probability).reversed().thenComparing(ClassScore::index));
        return List.copyOf(all.subList(0, k));
    }

    /** @return the most probable class */
    public ClassScore best() {
        return top.get(0);
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
