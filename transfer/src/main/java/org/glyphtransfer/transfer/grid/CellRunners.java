package org.glyphtransfer.transfer.grid;

import java.util.ServiceLoader;
import org.glyphtransfer.api.GlyphException;

/**
 * Runners that another module provides, found on the class path
 * ({@code META-INF/services/org.glyphtransfer.transfer.grid.CellRunners}); the {@code spark} module
 * provides {@code spark}, so commands can offer {@code --spark} without depending on Spark.
 */
public interface CellRunners {
    /** @return the name commands know it by, e.g. {@code spark} */
    String name();

    /**
     * @param master where to run, in the provider's terms, e.g. {@code local[*]} or {@code spark://head:7077}
     * @return a runner; close it to stop what it started
     */
    CellRunner open(String master);

    /**
     * @param name a provider's name
     * @param master where to run
     * @return that provider's runner
     * @throws GlyphException when no provider of that name is on the class path
     */
    static CellRunner open(String name, String master) {
        for (CellRunners p : ServiceLoader.load(CellRunners.class)) {
            if (p.name().equals(name)) {
                return p.open(master);
            }
        }
        throw new GlyphException("--" + name + " needs glyph-" + name + ".jar (the " + name
                + " module); run this command with java -jar glyph-" + name + ".jar instead of glyph.jar.");
    }
}
