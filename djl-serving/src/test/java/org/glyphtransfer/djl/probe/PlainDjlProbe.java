package org.glyphtransfer.djl.probe;

import ai.djl.modality.Classifications;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a DJL user without glyph runs: loads model folders with DJL's {@code Criteria} and classifies
 * images, writing one line per image (its path, then the probability of each class in synset order)
 * to {@code OUT/N.tsv} for the N-th folder, or one {@code error} line with the messages of the
 * failure and its causes. Compiled against DJL only: it runs in a JVM whose class path is DJL and the
 * glyph-djl-serving jar.
 *
 * <p>Arguments: the file listing the images, the output folder, then folders as {@code MODE=DIR}:
 * {@code glyph} names glyph's translator factory in the criteria, {@code plain} loads with
 * {@code optModelPath} alone and classifies the first image, {@code serving} loads the folder as DJL
 * Serving does ({@code Input} to {@code Output}, everything from {@code serving.properties}) and
 * classifies the first image's bytes.
 */
public final class PlainDjlProbe {
    private PlainDjlProbe() {}

    public static void main(String[] args) throws IOException {
        List<Path> images =
                Files.readAllLines(Path.of(args[0])).stream().map(Path::of).toList();
        Path out = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            String[] spec = args[i].split("=", 2);
            boolean glyph = spec[0].equals("glyph");
            List<String> lines = new ArrayList<>();
            try {
                if (spec[0].equals("serving")) {
                    serve(Path.of(spec[1]), images.get(0), lines);
                } else {
                    classify(Path.of(spec[1]), glyph, glyph ? images : images.subList(0, 1), lines);
                }
            } catch (Exception e) {
                lines.add("error\t" + messages(e));
            }
            Files.write(out.resolve((i - 2) + ".tsv"), lines);
        }
    }

    private static void classify(Path dir, boolean glyph, List<Path> images, List<String> lines) throws Exception {
        Criteria.Builder<Image, Classifications> criteria =
                Criteria.builder().setTypes(Image.class, Classifications.class).optModelPath(dir);
        if (glyph) {
            criteria = criteria.optArgument("translatorFactory", "org.glyphtransfer.djl.GlyphTranslatorFactory");
        }
        try (ZooModel<Image, Classifications> model = criteria.build().loadModel();
                ai.djl.inference.Predictor<Image, Classifications> predictor = model.newPredictor()) {
            lines.add("translator\t" + model.getTranslator().getClass().getName());
            for (int start = 0; start < images.size(); start += 100) {
                List<Image> batch = new ArrayList<>();
                List<Path> paths = images.subList(start, Math.min(images.size(), start + 100));
                for (Path p : paths) {
                    batch.add(ImageFactory.getInstance().fromFile(p));
                }
                List<Classifications> results = predictor.batchPredict(batch);
                for (int k = 0; k < paths.size(); k++) {
                    Classifications c = results.get(k);
                    lines.add(paths.get(k) + "\t" + String.join(",", c.getClassNames()) + "\t"
                            + c.getProbabilities().stream().map(String::valueOf).collect(Collectors.joining(",")));
                }
            }
        }
    }

    /** As DJL Serving loads a model: raw bytes in, JSON out, the translator named by serving.properties. */
    private static void serve(Path dir, Path image, List<String> lines) throws Exception {
        Criteria<Input, Output> criteria = Criteria.builder()
                .setTypes(Input.class, Output.class)
                .optModelPath(dir)
                .build();
        try (ZooModel<Input, Output> model = criteria.loadModel();
                ai.djl.inference.Predictor<Input, Output> predictor = model.newPredictor()) {
            lines.add("translator\t" + model.getTranslator().getClass().getName());
            Input input = new Input();
            input.add("data", Files.readAllBytes(image));
            Output output = predictor.predict(input);
            lines.add(image + "\t" + output.getCode() + "\t"
                    + output.getData().getAsString().replaceAll("\\s+", ""));
        }
    }

    private static String messages(Throwable e) {
        List<String> all = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join(" | ", all).replace('\n', ' ');
    }
}
