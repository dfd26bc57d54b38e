package org.glyphtransfer.spark.cli;

import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.GlyphCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph spark}: the commands that run on Apache Spark. */
@Command(
        name = "spark",
        mixinStandardHelpOptions = true,
        description = "Run on Apache Spark: embedded (local[*]) or on a cluster through spark-submit.",
        subcommands = SparkPredictCommand.class)
public final class SparkCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new GlyphException("Name a Spark command: predict.");
    }
}
