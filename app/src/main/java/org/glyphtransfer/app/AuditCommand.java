package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.util.List;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.datasets.audit.AuditReport;
import org.glyphtransfer.datasets.audit.DatasetAudit;
import org.glyphtransfer.engine.GlyphEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph audit DATASET}: counts, duplicates, leakage between splits, near-duplicates, unreadable files. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description =
                "Audit a dataset: counts per split and class, duplicates, leakage, near-duplicates, unreadable files.")
final class AuditCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset plugin name.")
    String dataset;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
    List<String> options;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public void run() {
        DatasetProvider provider = root.registry().dataset(dataset);
        GlyphEngine.start(root.engineOptions());
        AuditReport report = DatasetAudit.audit(
                provider, provider.parseOptions(OptionPairs.parse(options, "--option")), root.dataRoot());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : report.toText());
        out.flush();
    }
}
