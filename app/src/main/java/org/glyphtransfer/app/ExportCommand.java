package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.export.ExportedModel;
import org.glyphtransfer.export.OnnxExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph export}: a network's model folder as an ONNX file. The folder is only read. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a network's model folder as an ONNX file, which ONNX Runtime runs without glyph.",
            "Input 'image': batch x C x H x W float32 in [0, 1], white ink on black, as glyph's preprocessing"
                    + " gives it; outputs 'scores' and 'probabilities' (their softmax)."
        })
final class ExportCommand implements Runnable {
    private static final String ONNX = "onnx";

    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model folder.")
    Path model;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = ONNX,
            description = "The file format: onnx (default, the only one).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write, e.g. model.onnx.")
    Path out;

    @Option(names = "--overwrite", description = "Replace --out when it exists.")
    boolean overwrite;

    @Override
    public void run() {
        if (!format.equals(ONNX)) {
            throw new GlyphException("--format " + format + " is not a format glyph exports to; use --format onnx.");
        }
        ExportedModel m = OnnxExport.of(model)
                .runtime(root.runtime())
                .overwrite(overwrite)
                .saveTo(out);
        PrintWriter w = spec.commandLine().getOut();
        w.println("ONNX model written to " + out + " (opset " + OnnxExport.OPSET + ", " + m.nodes() + " nodes)");
        w.println("input  " + m.input() + ": batch x "
                + Arrays.stream(m.inputShape()).mapToObj(Long::toString).collect(Collectors.joining(" x "))
                + " float32 in [0, 1], white ink on black");
        w.println("output " + String.join(", ", m.outputs()) + ": "
                + m.classNames().size() + " classes, " + String.join(" ", m.classNames()));
        w.flush();
    }
}
