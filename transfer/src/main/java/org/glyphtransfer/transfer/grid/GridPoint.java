package org.glyphtransfer.transfer.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * One point of a grid: what is run once per seed. Immutable.
 *
 * @param name folder-safe name (letters, digits, {@code . _ -}), e.g. "lenet5_letters" or "perClass-8"
 * @param labels column → value for the report's table, in column order, e.g. {"pretrain.model": "lenet5"}
 * @param perClass training images per class asked for: a number, 0 = all, -1 = not varied by the grid
 */
public record GridPoint(String name, Map<String, String> labels, int perClass) implements java.io.Serializable {

    /** Checks the name and budget and keeps the labels' order. */
    public GridPoint {
        if (!isFolderName(name)) {
            throw new GlyphException(
                    "Grid point name '" + name + "' is not a folder name; use letters, digits, '.', '_' and '-'.");
        }
        if (perClass < -1) {
            throw new GlyphException("Grid point " + name + " asks for " + perClass
                    + " images per class; use a number ≥ 1, 0 for all or -1.");
        }
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
    }

    /**
     * @param name a candidate point name, or part of one
     * @return true when it is a folder-safe name: letters, digits, {@code . _ -}, and not "." or ".."
     */
    public static boolean isFolderName(String name) {
        return name != null && name.matches("[A-Za-z0-9._-]+") && !name.equals(".") && !name.equals("..");
    }

    /**
     * @param name folder-safe name
     * @param labels column → value for the table
     * @return a point that does not vary the images per class
     */
    public static GridPoint of(String name, Map<String, String> labels) {
        return new GridPoint(name, labels, -1);
    }

    /** @return true when the point asks for a number of images per class (or all of them) */
    public boolean hasBudget() {
        return perClass >= 0;
    }
}
