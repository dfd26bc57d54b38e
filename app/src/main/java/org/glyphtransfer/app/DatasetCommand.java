package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.datasets.preview.ContactSheet;
import org.glyphtransfer.engine.GlyphEngine;
import org.glyphtransfer.transfer.DatasetChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph dataset preview NAME --out sheet.png}: raw and processed samples per class, for the eye. */
@Command(
        name = "dataset",
        mixinStandardHelpOptions = true,
        description = "Work with one dataset.",
        subcommands = DatasetCommand.Preview.class)
final class DatasetCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new GlyphException("Name a dataset action: preview.");
    }

    /** Writes a contact sheet. */
    @Command(
            name = "preview",
            mixinStandardHelpOptions = true,
            description = "Write a contact sheet of raw and processed samples per class (PNG).")
    static final class Preview implements Runnable {
        @ParentCommand
        DatasetCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset plugin name.")
        String dataset;

        @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
        List<String> options;

        @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Contact sheet to write.")
        Path out;

        @Option(
                names = "--per-class",
                defaultValue = "6",
                description = "Samples per class (default: ${DEFAULT-VALUE}).")
        int perClass;

        @Override
        public void run() {
            GlyphCommand root = parent.root;
            DatasetProvider provider = root.registry().dataset(dataset);
            PathRules.requireApart(
                    "--out",
                    out,
                    DatasetChoice.of(dataset, OptionPairs.parse(options, "--option"))
                            .readPaths(root.runtime()));
            PathRules.requireNotAbove(
                    "--out", out, Map.of("the data root", root.dataRoot().path()));
            GlyphEngine.start(root.engineOptions());
            ContactSheet.writeContactSheet(
                    provider,
                    provider.parseOptions(OptionPairs.parse(options, "--option")),
                    root.dataRoot(),
                    out,
                    perClass);
            spec.commandLine().getOut().println("contact sheet written to " + out);
            spec.commandLine().getOut().flush();
        }
    }
}
