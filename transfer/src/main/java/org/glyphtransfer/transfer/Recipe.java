package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;
import org.glyphtransfer.transfer.train.Phase;

/**
 * Named transfer recipes: the phases a transfer runs when the user gives none.
 * {@code reference-study} reproduces the MNIST-to-letters study exactly.
 */
public final class Recipe {
    /** The recipe {@code glyph transfer} uses by default. */
    public static final String DEFAULT = "reference-study";

    private static final Map<String, Supplier<List<Phase>>> RECIPES = new LinkedHashMap<>();

    static {
        RECIPES.put("reference-study", () -> List.of(Phase.headOnly(), Phase.fineTune()));
    }

    private Recipe() {}

    /** @return the recipe names */
    public static List<String> names() {
        return new ArrayList<>(RECIPES.keySet());
    }

    /**
     * @param name a recipe name
     * @return its phases
     * @throws GlyphException for an unknown name
     */
    public static List<Phase> phases(String name) {
        Supplier<List<Phase>> recipe = RECIPES.get(name);
        if (recipe == null) {
            throw new GlyphException("Recipe '" + name + "' is not known" + Suggestions.hint(name, RECIPES.keySet())
                    + "; use one of " + String.join(", ", RECIPES.keySet()) + ".");
        }
        return recipe.get();
    }

    /** @return a one-line description of every recipe */
    public static Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        for (String name : RECIPES.keySet()) {
            StringBuilder s = new StringBuilder();
            for (Phase p : phases(name)) {
                s.append(s.length() == 0 ? "" : "; ").append(p.name()).append(": freeze ").append(p.freeze()).append(", ")
                        .append(p.optimizer().label()).append(' ').append(p.learningRate()).append(", batch ").append(p.batchSize())
                        .append(", ").append(p.epochs()).append(" epochs");
            }
            d.put(name, s.toString());
        }
        return d;
    }

    static List<String> all() {
        return Arrays.asList(RECIPES.keySet().toArray(new String[0]));
    }
}
