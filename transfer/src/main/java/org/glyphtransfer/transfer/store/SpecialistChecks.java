package org.glyphtransfer.transfer.store;

import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.glyphtransfer.api.GlyphException;

/**
 * Whether a model folder can serve as a specialist of a main model: it exists, its classes are
 * classes of the main model, and it takes inputs of the same shape. Each refusal is one sentence
 * naming the specialist folder.
 */
public final class SpecialistChecks {
    private SpecialistChecks() {}

    /**
     * Reads and checks a specialist.
     *
     * @param mainDir the main model's folder, for messages
     * @param main the main model's provenance
     * @param specialistDir the specialist's folder
     * @return the specialist's provenance
     * @throws GlyphException when the folder is missing or no model, has a class the main model lacks,
     *     has fewer than two classes, or takes inputs of another shape
     */
    public static Provenance check(Path mainDir, Provenance main, Path specialistDir) {
        if (!Files.isDirectory(specialistDir)) {
            throw new GlyphException("Specialist folder " + specialistDir + " does not exist; pass a model folder"
                    + " trained on a subset of the classes of " + mainDir + ".");
        }
        Provenance s = ModelFolder.readProvenance(specialistDir);
        List<String> foreign = new ArrayList<>(s.classNames());
        foreign.removeAll(main.classNames());
        if (!foreign.isEmpty()) {
            throw new GlyphException("Specialist " + specialistDir + " predicts " + quoted(foreign)
                    + ", which model " + mainDir + " does not have (its classes: "
                    + String.join(", ", main.classNames())
                    + "); train the specialist on a subset of those classes, e.g. with the dataset option"
                    + " classes=O,0.");
        }
        if (s.classNames().size() < 2) {
            throw new GlyphException("Specialist " + specialistDir + " has only the class " + quoted(s.classNames())
                    + "; a specialist decides among two or more classes.");
        }
        if (!new Shape(s.inputShape()).equals(new Shape(main.inputShape()))) {
            throw new GlyphException("Specialist " + specialistDir + " takes inputs of shape "
                    + new Shape(s.inputShape()) + " but model " + mainDir + " takes " + new Shape(main.inputShape())
                    + "; train the specialist on images of the main model's shape.");
        }
        return s;
    }

    /**
     * Checks that the specialist a cascade names has the classes the cascade gives it.
     *
     * @param mainDir the main model's folder
     * @param entry the cascade entry
     * @param specialist the specialist's provenance
     * @throws GlyphException when they differ
     */
    public static void requireClasses(Path mainDir, Specialist entry, Provenance specialist) {
        if (!new HashSet<>(specialist.classNames()).equals(new HashSet<>(entry.classes()))) {
            throw new GlyphException("Specialist " + mainDir.resolve(entry.folder()) + " predicts the classes "
                    + String.join(", ", specialist.classNames()) + " but the cascade in "
                    + mainDir.resolve(ModelFolder.MODEL_JSON) + " gives it " + String.join(", ", entry.classes())
                    + "; attach the specialist again with 'glyph cascade'.");
        }
    }

    private static String quoted(List<String> names) {
        return (names.size() == 1 ? "the class '" : "the classes '") + String.join("', '", names) + "'";
    }
}
