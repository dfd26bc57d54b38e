package org.glyphtransfer.transfer.testing;

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
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;

/**
 * Test dataset: 28×28 white-on-black stroke shapes (bars, diagonals, crosses, boxes, …) with
 * random position, thickness and noise. Classes {@code from}..{@code to} of the shape family, so
 * a "source" and a "target" task share strokes but not classes, as digits and letters do.
 */
public final class ShapesDataset implements DatasetProvider {
    static final String[] SHAPES = {"-", "|", "/", "\\", "+", "x", "box", "L", "T", "=", "corner"};

    @Override
    public String name() {
        return "test-shapes";
    }

    @Override
    public String description() {
        return "Generated stroke shapes for tests";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.integer("from", 0),
                OptionSpec.integer("to", 3),
                OptionSpec.integer("perClass", 60),
                OptionSpec.integer("size", 28));
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        int from = request.options().getInt("from");
        int to = request.options().getInt("to");
        int perClass = request.options().getInt("perClass");
        int size = request.options().getInt("size");
        Random random = new Random(request.seed());
        List<String> names = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            names.add(SHAPES[c]);
        }
        NDManager m = request.manager();
        DataSplit train = split(m, random, from, to, perClass, size);
        DataSplit validation = split(m, random, from, to, Math.max(4, perClass / 4), size);
        DataSplit test = split(m, random, from, to, Math.max(4, perClass / 4), size);
        return GlyphDataset.builder(name())
                .classNames(names)
                .optInputShape(new Shape(1, size, size))
                .splits(train, validation, test)
                .build();
    }

    private static DataSplit split(NDManager m, Random random, int from, int to, int perClass, int size) {
        int classes = to - from + 1;
        int n = classes * perClass;
        float[] pixels = new float[n * size * size];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
            draw(pixels, i * size * size, size, from + labels[i], random);
        }
        NDArray images = m.create(FloatBuffer.wrap(pixels), new Shape(n, 1, size, size));
        return new DataSplit(images, labels, List.of());
    }

    private static void draw(float[] p, int off, int s, int shape, Random r) {
        int a = 6 + r.nextInt(3);
        int b = s - 7 - r.nextInt(3);
        int mid = s / 2 + r.nextInt(5) - 2;
        int t = 1 + r.nextInt(2);
        for (int i = a; i <= b; i++) {
            switch (SHAPES[shape]) {
                case "-":
                    dot(p, off, s, mid, i, t);
                    break;
                case "|":
                    dot(p, off, s, i, mid, t);
                    break;
                case "/":
                    dot(p, off, s, b - (i - a), i, t);
                    break;
                case "\\":
                    dot(p, off, s, i, i, t);
                    break;
                case "+":
                    dot(p, off, s, mid, i, t);
                    dot(p, off, s, i, mid, t);
                    break;
                case "x":
                    dot(p, off, s, i, i, t);
                    dot(p, off, s, b - (i - a), i, t);
                    break;
                case "box":
                    dot(p, off, s, a, i, t);
                    dot(p, off, s, b, i, t);
                    dot(p, off, s, i, a, t);
                    dot(p, off, s, i, b, t);
                    break;
                case "L":
                    dot(p, off, s, i, a, t);
                    dot(p, off, s, b, i, t);
                    break;
                case "T":
                    dot(p, off, s, a, i, t);
                    dot(p, off, s, i, mid, t);
                    break;
                case "=":
                    dot(p, off, s, a + 3, i, t);
                    dot(p, off, s, b - 3, i, t);
                    break;
                default:
                    dot(p, off, s, a, i, t);
                    dot(p, off, s, i, b, t);
                    break;
            }
        }
        for (int i = 0; i < s * s; i++) {
            p[off + i] = Math.min(1f, p[off + i] + 0.1f * r.nextFloat());
        }
    }

    private static void dot(float[] p, int off, int s, int y, int x, int t) {
        for (int dy = 0; dy < t; dy++) {
            for (int dx = 0; dx < t; dx++) {
                int yy = Math.min(s - 1, y + dy);
                int xx = Math.min(s - 1, x + dx);
                p[off + yy * s + xx] = 1f;
            }
        }
    }
}
