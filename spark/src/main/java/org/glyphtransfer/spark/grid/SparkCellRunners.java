package org.glyphtransfer.spark.grid;

import org.glyphtransfer.spark.session.GlyphSpark;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellRunners;

/**
 * Provides {@code spark}: grid cells as tasks of an embedded session or of the spark-submit one;
 * closing the runner stops the session.
 */
public final class SparkCellRunners implements CellRunners {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public CellRunner open(String master) {
        return new SparkCells(GlyphSpark.session(master, "glyph grid"), true);
    }
}
