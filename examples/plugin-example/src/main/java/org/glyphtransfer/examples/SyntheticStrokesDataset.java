package org.glyphtransfer.examples;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.ResizePreprocessor;

/**
 * Dataset plugin {@code synthetic-strokes}: seeded images of five stroke glyphs ("|", "-", "/",
 * "\", "+") with random thickness, length, angle, position and noise. Needs no files, so it is
 * handy for trying a model or the pipeline on a fresh machine.
 */
public final class SyntheticStrokesDataset implements DatasetProvider {
    private static final OptionSchema OPTIONS = OptionSchema.of(
            OptionSpec.integer("trainPerClass", 200).optRange(1, 20_000)
                    .optDescription("Training images per class."),
            OptionSpec.integer("validationPerClass", 40).optRange(1, 20_000)
                    .optDescription("Validation images per class."),
            OptionSpec.integer("testPerClass", 40).optRange(1, 20_000)
                    .optDescription("Test images per class."),
            OptionSpec.integer("size", 28).optRange(12, 128)
                    .optDescription("Side of the square images in pixels."),
            OptionSpec.decimal("noise", 0.05).optRange(0, 0.5)
                    .optDescription("Standard deviation of the Gaussian pixel noise."));

    @Override
    public String name() {
        return "synthetic-strokes";
    }

    @Override
    public String description() {
        return "Seeded synthetic stroke glyphs | - / \\ + (example plugin, needs no files).";
    }

    @Override
    public OptionSchema options() {
        return OPTIONS;
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        PluginOptions options = request.options();
        int size = options.getInt("size");
        double noise = options.getDouble("noise");
        int[] perClass = {
            options.getInt("trainPerClass"), options.getInt("validationPerClass"), options.getInt("testPerClass")
        };
        String[] splitNames = {"train", "validation", "test"};
        long total = (long) (perClass[0] + perClass[1] + perClass[2]) * StrokeGlyph.values().length;
        request.progress().ifPresent(p -> p.reset("Drawing " + name(), total));
        DataSplit[] splits = new DataSplit[3];
        for (int s = 0; s < 3; s++) {
            // Each split has its own random stream, so changing one split's size leaves the others alone.
            Random random = new Random(request.seed() * 31 + s);
            splits[s] = draw(splitNames[s], perClass[s], size, noise, random, request.manager());
            int drawn = splits[s].size();
            request.progress().ifPresent(p -> p.increment(drawn));
        }
        request.progress().ifPresent(p -> p.end());
        return GlyphDataset.builder(name())
                .classNames(StrokeGlyph.labels())
                .optInputShape(new Shape(1, size, size))
                .splits(splits[0], splits[1], splits[2])
                .build();
    }

    @Override
    public ImagePreprocessor preprocessor(PluginOptions options) {
        int size = options.getInt("size");
        return new ResizePreprocessor(size, size);
    }

    /** Draws one split into a single contiguous N × 1 × size × size tensor; classes alternate. */
    private static DataSplit draw(String split, int perClass, int size, double noise, Random random, NDManager manager) {
        StrokeGlyph[] glyphs = StrokeGlyph.values();
        int n = perClass * glyphs.length;
        int pixelsPerImage = size * size;
        float[] pixels = new float[n * pixelsPerImage];
        int[] labels = new int[n];
        List<String> ids = new ArrayList<>(n);
        StrokePainter painter = new StrokePainter(size);
        for (int i = 0; i < n; i++) {
            int label = i % glyphs.length;
            painter.clear();
            glyphs[label].draw(painter, random);
            painter.addNoise(noise, random);
            painter.copyTo(pixels, i * pixelsPerImage);
            labels[i] = label;
            ids.add(split + "/" + i);
        }
        NDArray images = manager.create(FloatBuffer.wrap(pixels), new Shape(n, 1, size, size));
        return new DataSplit(images, labels, ids);
    }
}
