package org.glyphtransfer.app;

import java.io.PrintWriter;
import org.glyphtransfer.api.ModelProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glyph models}: the model plugins found, or one plugin's options. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List model plugins, or show one with --detail.")
final class ModelsCommand implements Runnable {
    @ParentCommand GlyphCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--detail", paramLabel = "NAME", description = "Show one model plugin's options with defaults.")
    String detail;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (detail != null) {
            ModelProvider provider = root.registry().model(detail);
            PluginListing.detail(out, root.registry(), provider, json);
            if (!json) {
                out.println();
                out.print(LayerTable.of(provider, root));
                out.flush();
            }
        } else {
            PluginListing.list(out, root.registry(), root.registry().models(), json);
        }
    }
}
