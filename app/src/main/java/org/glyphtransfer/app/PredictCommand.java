package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.transfer.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glyph predict}: classify image files with a model folder, preprocessed as its training
 * images were. Every file gets a line; unreadable ones are reported and make the exit code 2.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Classify image files (or folders of them) with a model folder, preprocessed like its training data.")
final class PredictCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
    Path model;

    @Parameters(
            arity = "1..*",
            paramLabel = "IMAGE|FOLDER",
            description = "Image files, or folders searched for PNG, JPEG, GIF and BMP files.")
    List<Path> inputs;

    @Option(
            names = "--top",
            defaultValue = "3",
            paramLabel = "K",
            description = "Classes listed per image (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--save-preprocessed",
            paramLabel = "DIR",
            description = "Write the images the model saw (28×28 PNG) here.")
    Path savePreprocessed;

    @Option(
            names = "--expect-folder-labels",
            description =
                    "Take each file's parent folder name as its true class and report the accuracy (e.g. Testing/<class>/*.png).")
    boolean expectFolderLabels;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Mixin
    AnswerOptions answers;

    @Override
    public void run() {
        if (top < 1) {
            throw new GlyphException("--top " + top + " must be at least 1.");
        }
        // Checked before anything is read or created: the output never overlaps the model or an image argument.
        PathRules.requireApart("--save-preprocessed", savePreprocessed, Map.of("the model folder", model));
        for (Path image : inputs) {
            String what = Files.isDirectory(image) ? "the image folder" : "the image file";
            PathRules.requireApart("--save-preprocessed", savePreprocessed, Map.of(what, image));
        }
        List<ImageInputs.Entry> entries = ImageInputs.expand(inputs);
        List<FilePredictions.Result> results;
        try (Predictor predictor = Predictor.builder(model)
                .optRuntime(root.runtime())
                .optAnswerPolicy(answers.policy())
                .optCascade(answers.cascade())
                .build()) {
            // Created only once the model has loaded, so a wrong --model leaves nothing behind.
            if (savePreprocessed != null) {
                PreprocessedImages.prepare(savePreprocessed);
            }
            results = FilePredictions.run(predictor, entries, top);
        }
        Map<FilePredictions.Result, Path> saved =
                savePreprocessed == null ? Map.of() : PreprocessedImages.write(savePreprocessed, results);
        PredictionOutput output = new PredictionOutput(results, saved, expectFolderLabels, top);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            output.printJson(out, model);
        } else {
            output.printTable(out);
        }
        List<FilePredictions.Result> failed =
                results.stream().filter(FilePredictions.Result::failed).toList();
        if (!failed.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (FilePredictions.Result r : failed) {
                err.println("glyph: " + r.error());
            }
            err.flush();
            throw new GlyphException(failed.size() + " of " + results.size()
                    + " input(s) could not be classified; the reasons are above.");
        }
    }
}
