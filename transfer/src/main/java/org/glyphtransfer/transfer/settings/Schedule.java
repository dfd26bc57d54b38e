package org.glyphtransfer.transfer.settings;

import java.util.Locale;
import org.glyphtransfer.api.GlyphException;

/**
 * A learning-rate schedule over epochs: {@code fixed}, {@code step:N} (multiply by the factor
 * every N epochs), {@code plateau:N} (multiply by the factor after N epochs without a better
 * validation loss) or {@code cosine} (cosine decay to zero over the phase). Immutable.
 */
public final class Schedule implements java.io.Serializable {
    /** Kinds of schedule. */
    public enum Kind {
        /** Constant learning rate. */
        FIXED,
        /** Multiply by the factor every N epochs. */
        STEP,
        /** Multiply by the factor after N epochs without improvement. */
        PLATEAU,
        /** Cosine decay over the phase. */
        COSINE
    }

    private final Kind kind;
    private final int every;
    private final double factor;

    private Schedule(Kind kind, int every, double factor) {
        this.kind = kind;
        this.every = every;
        this.factor = factor;
    }

    /** @return a constant learning rate */
    public static Schedule fixed() {
        return new Schedule(Kind.FIXED, 0, 1);
    }

    /**
     * Parses {@code fixed}, {@code cosine}, {@code step:N[:factor]}, {@code plateau:N[:factor]}.
     *
     * @param text the schedule
     * @return the schedule; the factor defaults to 0.1
     */
    public static Schedule parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            switch (parts[0]) {
                case "fixed":
                    if (parts.length == 1) {
                        return fixed();
                    }
                    break;
                case "cosine":
                    if (parts.length == 1) {
                        return new Schedule(Kind.COSINE, 0, 0);
                    }
                    break;
                case "step":
                case "plateau":
                    if (parts.length >= 2 && parts.length <= 3) {
                        int n = Integer.parseInt(parts[1]);
                        double f = parts.length == 3 ? Double.parseDouble(parts[2]) : 0.1;
                        if (n > 0 && f > 0 && f < 1) {
                            return new Schedule(parts[0].equals("step") ? Kind.STEP : Kind.PLATEAU, n, f);
                        }
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GlyphException("Schedule '" + text + "' is not valid; use fixed, cosine, step:N[:factor] or "
                + "plateau:N[:factor] with N ≥ 1 and 0 < factor < 1.");
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return N of step:N or plateau:N */
    public int every() {
        return every;
    }

    /** @return the multiplier of step and plateau */
    public double factor() {
        return factor;
    }

    /**
     * The multiplier of the base learning rate for an epoch of a step or cosine schedule.
     *
     * @param epoch 0-based epoch in the phase
     * @param epochs epochs in the phase
     * @return the multiplier
     */
    public double scale(int epoch, int epochs) {
        switch (kind) {
            case STEP:
                return Math.pow(factor, epoch / every);
            case COSINE:
                return 0.5 * (1 + Math.cos(Math.PI * epoch / Math.max(1, epochs)));
            default:
                return 1;
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case STEP:
                return "step:" + every + ":" + factor;
            case PLATEAU:
                return "plateau:" + every + ":" + factor;
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.kind == kind && s.every == every && Double.compare(s.factor, factor) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, every, factor);
    }
}
