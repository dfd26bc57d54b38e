package org.glyphtransfer.transfer.report;

import java.awt.Color;
import java.util.List;

/**
 * The colours of every plot glyph draws, one palette so that a colour means the same in each: red
 * always marks the scratch baseline, and the other series take the remaining colours of the
 * familiar "tab10" set in order.
 */
public final class Palette {
    /** The scratch baseline, in every plot. */
    public static final Color SCRATCH = new Color(214, 39, 40);

    private static final List<Color> SERIES = List.of(
            new Color(31, 119, 180),
            new Color(255, 127, 14),
            new Color(44, 160, 44),
            new Color(148, 103, 189),
            new Color(140, 86, 75),
            new Color(227, 119, 194),
            new Color(127, 127, 127),
            new Color(188, 189, 34),
            new Color(23, 190, 207));

    private Palette() {}

    /**
     * @param index the series' position, from 0; colours repeat after nine
     * @return its colour, never the scratch baseline's red
     */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }
}
