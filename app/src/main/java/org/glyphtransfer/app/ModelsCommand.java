package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph models}: the model plugins found, or one plugin's options. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "List model plugins, or show one with --detail.")
final class ModelsCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--detail", paramLabel = "NAME", description = "Show one model plugin's options with defaults.")
    String detail;

    @Option(
            names = "--model-option",
            paramLabel = "KEY=VALUE",
            description = "Model plugin option for the layer table of --detail (repeatable), e.g. cut=flatten.")
    List<String> modelOptions;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (detail == null && modelOptions != null) {
            throw new GlyphException("--model-option shapes the layer table of one model: add --detail NAME.");
        }
        if (detail != null) {
            ModelProvider provider = root.registry().model(detail);
            PluginListing.detail(out, root.registry(), provider, json);
            if (!json) {
                out.println();
                out.print(LayerTable.of(provider, OptionPairs.parse(modelOptions, "--model-option"), root));
                out.flush();
            }
        } else {
            PluginListing.list(out, root.registry(), root.registry().models(), json);
        }
    }
}
