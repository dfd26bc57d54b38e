package org.glyphtransfer.transfer.predict;

import java.util.Locale;
import java.util.Objects;

/** One class and the probability a model gives it. Immutable. */
public final class ClassScore {
    private final String name;
    private final int index;
    private final float probability;

    /**
     * @param name the class name
     * @param index the class index (the label)
     * @param probability softmax probability in [0, 1]
     */
    public ClassScore(String name, int index, float probability) {
        this.name = Objects.requireNonNull(name, "name");
        this.index = index;
        this.probability = probability;
    }

    /** @return the class name */
    public String name() {
        return name;
    }

    /** @return the class index (the label) */
    public int index() {
        return index;
    }

    /** @return the probability in [0, 1] */
    public float probability() {
        return probability;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassScore c
                && c.index == index
                && c.name.equals(name)
                && Float.compare(c.probability, probability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, index, probability);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.1f%%", name, 100 * probability);
    }
}
