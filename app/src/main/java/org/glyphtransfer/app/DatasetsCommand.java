package org.glyphtransfer.app;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph datasets}: the dataset plugins found, or one plugin's options. */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "List dataset plugins, or show one with --detail.")
final class DatasetsCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--detail", paramLabel = "NAME", description = "Show one dataset plugin's options with defaults.")
    String detail;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (detail != null) {
            PluginListing.detail(out, root.registry(), root.registry().dataset(detail), json);
        } else {
            PluginListing.list(out, root.registry(), root.registry().datasets(), json);
        }
    }
}
