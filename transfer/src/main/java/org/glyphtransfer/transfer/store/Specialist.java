package org.glyphtransfer.transfer.store;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a model's cascade, as {@code model.json} records it: a model trained on a subset of
 * the main model's classes, which decides among that subset whenever the main model's best class is
 * in it. Immutable.
 *
 * @param classes the subset, names of the main model's classes (the specialist's own classes)
 * @param folder the specialist's model folder, relative to the main model's folder
 */
public record Specialist(List<String> classes, String folder) {
    /** Copies the class list. */
    public Specialist {
        classes = List.copyOf(classes);
        Objects.requireNonNull(folder, "folder");
    }
}
