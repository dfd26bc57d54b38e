package org.glyphtransfer.spark.cli;

import org.glyphtransfer.app.CommandExtension;

/** Adds {@code glyph spark} to the command line when this module is on the class path. */
public final class SparkExtension implements CommandExtension {
    @Override
    public Object command() {
        return new SparkCommand();
    }
}
