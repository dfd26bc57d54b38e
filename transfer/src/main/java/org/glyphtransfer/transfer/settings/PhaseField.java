package org.glyphtransfer.transfer.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Function;
import org.glyphtransfer.api.GlyphException;

/**
 * Every setting of a {@link Phase}, with its type and allowed values, declared once. Command-line
 * options, experiment-file keys and the phase's own constructor all check values here, so they
 * accept and refuse exactly the same ones.
 */
public enum PhaseField {
    /** Epochs to run (at most, with early stopping). */
    EPOCHS("epochs", NumberRange.closed(1, 100_000), true),
    /** Base learning rate. */
    LEARNING_RATE("learning rate", NumberRange.aboveUpTo(0, 10), false),
    /** Images per batch. */
    BATCH_SIZE("batch size", NumberRange.closed(1, 1 << 20), true),
    /** Epochs without a better validation loss before stopping; 0 = never stop early. */
    PATIENCE("patience", NumberRange.closed(0, 100_000), true),
    /** The optimiser. */
    OPTIMIZER("optimizer", OptimizerKind::parse),
    /** What the phase freezes. */
    FREEZE("freeze", Freeze::parse),
    /** Multiplier of the learning rate for backbone parameters. */
    BACKBONE_LR_MULTIPLIER("backbone learning-rate multiplier", NumberRange.closed(0, 100), false),
    /** The learning-rate schedule. */
    SCHEDULE("schedule", Schedule::parse),
    /** L2 weight decay. */
    WEIGHT_DECAY("weight decay", NumberRange.closed(0, 1), false),
    /** Momentum of sgd and rmsprop. */
    MOMENTUM("momentum", NumberRange.fromBelow(0, 1), false),
    /** How much of rmsprop's running average of squared gradients each step keeps. */
    RMSPROP_DECAY("rmsprop decay", NumberRange.fromBelow(0, 1), false),
    /** Label smoothing of the loss. */
    LABEL_SMOOTHING("label smoothing", NumberRange.fromBelow(0, 1), false);

    private final String label;
    private final NumberRange range;
    private final boolean whole;
    private final Function<String, Object> parser;

    PhaseField(String label, NumberRange range, boolean whole) {
        this.label = label;
        this.range = range;
        this.whole = whole;
        this.parser = null;
    }

    PhaseField(String label, Function<String, Object> parser) {
        this.label = label;
        this.range = null;
        this.whole = false;
        this.parser = parser;
    }

    /** @return the name used in messages, e.g. "weight decay" */
    public String label() {
        return label;
    }

    /** @return the allowed numbers, or null for a setting written as text */
    public NumberRange range() {
        return range;
    }

    /** @return true for whole numbers */
    public boolean whole() {
        return whole;
    }

    /** @return true for settings written as text (optimiser, freeze, schedule) */
    public boolean textual() {
        return parser != null;
    }

    /**
     * Converts a value as a user wrote it (text from the command line, or a number or text from an
     * experiment file) to the setting's type, checking it.
     *
     * @param raw the value
     * @param where how the user named the setting, e.g. "--weight-decay"
     * @return an Integer, Double, {@link OptimizerKind}, {@link Freeze} or {@link Schedule}
     * @throws GlyphException naming {@code where} when the value is not allowed
     */
    public Object parse(Object raw, String where) {
        if (raw == null || raw instanceof java.util.Map || raw instanceof java.util.List) {
            throw new GlyphException(where + " must be " + expected() + ", not "
                    + (raw == null ? "empty" : "a " + (raw instanceof java.util.Map ? "section" : "list")) + ".");
        }
        String text = String.valueOf(raw).trim();
        if (parser != null) {
            if (raw instanceof Number || raw instanceof Boolean) {
                throw new GlyphException(where + " must be " + expected() + ", not '" + text + "'.");
            }
            try {
                return parser.apply(text);
            } catch (GlyphException e) {
                throw new GlyphException(where + ": " + e.getMessage(), e);
            }
        }
        BigDecimal number = number(raw, text, where);
        if (whole
                && !(raw instanceof Integer
                        || raw instanceof Long
                        || raw instanceof BigInteger
                        || text.matches("[-+]?\\d+"))) {
            throw new GlyphException(where + " must be " + expected() + ", not '" + text + "'.");
        }
        double value = number.doubleValue();
        if (!range.contains(value)) {
            throw new GlyphException(where + " is " + text + ", outside the allowed range " + range + ".");
        }
        return whole ? (Object) number.intValueExact() : (Object) value;
    }

    /**
     * Checks a value given in code, for {@link Phase}'s constructor.
     *
     * @param value the value
     * @param phase the phase's name
     */
    void check(double value, String phase) {
        if (!range.contains(value)) {
            throw new GlyphException(
                    "Phase '" + phase + "': " + label + " is " + value + ", outside the allowed range " + range + ".");
        }
    }

    /** @return what the setting takes, for messages and help */
    public String expected() {
        if (parser != null) {
            return switch (this) {
                case OPTIMIZER -> "one of adam, amsgrad, sgd, rmsprop";
                case FREEZE -> "all, none or upto:LAYER";
                default -> "fixed, cosine, step:N[:factor] or plateau:N[:factor]";
            };
        }
        return (whole ? "a whole number in " : "a number in ") + range;
    }

    private BigDecimal number(Object raw, String text, String where) {
        try {
            if (raw instanceof BigInteger b) {
                return new BigDecimal(b);
            }
            if (raw instanceof Double || raw instanceof Float) {
                double d = ((Number) raw).doubleValue();
                if (!Double.isFinite(d)) {
                    throw new GlyphException(where + " is " + text + ", outside the allowed range " + range + ".");
                }
                return BigDecimal.valueOf(d);
            }
            if (raw instanceof Number n) {
                return BigDecimal.valueOf(n.longValue());
            }
            if (raw instanceof Boolean) {
                throw new NumberFormatException();
            }
            String t = text.toLowerCase(Locale.ROOT);
            if (t.contains("nan") || t.contains("inf")) {
                throw new GlyphException(where + " is " + text + ", outside the allowed range " + range + ".");
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new GlyphException(where + " must be " + expected() + ", not '" + text + "'.");
        }
    }
}
