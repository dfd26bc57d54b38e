package org.glyphtransfer.transfer.settings;

import java.util.Locale;

/**
 * The values a number may take: an interval whose ends are each included or not. NaN and the
 * infinities lie in no range, so a check written with a range refuses them too.
 *
 * @param min the lower end
 * @param minIncluded whether {@code min} itself is allowed
 * @param max the upper end
 * @param maxIncluded whether {@code max} itself is allowed
 */
public record NumberRange(double min, boolean minIncluded, double max, boolean maxIncluded) {

    /** @param min lowest @param max highest @return {@code [min, max]} */
    public static NumberRange closed(double min, double max) {
        return new NumberRange(min, true, max, true);
    }

    /** @param min excluded lower end @param max highest @return {@code (min, max]} */
    public static NumberRange aboveUpTo(double min, double max) {
        return new NumberRange(min, false, max, true);
    }

    /** @param min lowest @param max excluded upper end @return {@code [min, max)} */
    public static NumberRange fromBelow(double min, double max) {
        return new NumberRange(min, true, max, false);
    }

    /** @param v a value @return true when v is finite and inside the range */
    public boolean contains(double v) {
        return Double.isFinite(v) && (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
    }

    @Override
    public String toString() {
        return (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + (maxIncluded ? "]" : ")");
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
