package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;
import org.glyphtransfer.transfer.settings.Freeze;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.PhaseBuilder;

/**
 * Named transfer recipes: the phases a transfer runs when the user gives none, and dataset
 * options the recipe turns on for the target (such as augmentation) unless the user set them.
 * {@code reference-study} reproduces the MNIST-to-letters study exactly; {@code augmented}, the
 * default, was chosen by measurement; see {@code docs/transfer-study.md} for every experiment.
 */
public final class Recipe {
    /**
     * The recipe {@code glyph transfer} uses by default, chosen by measurement
     * (docs/transfer-study.md): a 5-epoch head phase, then everything at Adam 0.001 with early
     * stopping, on an augmented target.
     */
    public static final String DEFAULT = "augmented";

    private record Spec(String description, Supplier<List<Phase>> phases, Map<String, String> datasetDefaults) {}

    private static final Map<String, Spec> RECIPES = new LinkedHashMap<>();

    static {
        RECIPES.put(
                "reference-study",
                new Spec(
                        "the reference study: head only (Adam 0.001), then everything (Adam 0.0001), "
                                + "batch 16, 50 + 50 epochs",
                        () -> List.of(Phase.headOnly(), Phase.fineTune()),
                        Map.of()));
        RECIPES.put(
                "fast-fine-tune",
                new Spec(
                        "a short head phase, then everything at Adam 0.001: 5 + 45 epochs",
                        () -> List.of(
                                Phase.headOnly().withEpochs(5),
                                Phase.fineTune().withEpochs(45).withLearningRate(1e-3)),
                        Map.of()));
        RECIPES.put(
                "augmented",
                new Spec(
                        "fast-fine-tune with augmentation of the target (rotation, shift, shear, zoom) "
                                + "and 60 epochs of fine-tuning",
                        () -> List.of(
                                Phase.headOnly().withEpochs(5),
                                augmentedFineTune().build()),
                        Map.of("augment", "true")));
        RECIPES.put(
                "discriminative",
                new Spec(
                        "augmented, with the backbone fine-tuned at a third of the head's rate",
                        () -> List.of(
                                Phase.headOnly().withEpochs(5),
                                augmentedFineTune()
                                        .optBackboneLrMultiplier(1.0 / 3)
                                        .build()),
                        Map.of("augment", "true")));
        RECIPES.put(
                "gradual-unfreeze",
                new Spec(
                        "augmented, unfreezing the backbone from the top in three steps",
                        () -> List.of(
                                Phase.headOnly().withEpochs(5),
                                Phase.fineTune().toBuilder()
                                        .optName("unfreeze-dense")
                                        .optEpochs(10)
                                        .optLearningRate(1e-3)
                                        .optFreeze(Freeze.parse("upto:flatten"))
                                        .build(),
                                Phase.fineTune().toBuilder()
                                        .optEpochs(50)
                                        .optLearningRate(1e-3)
                                        .optPatience(15)
                                        .build()),
                        Map.of("augment", "true")));
    }

    /** The fine-tuning phase the augmented recipes share: everything at Adam 0.001, 60 epochs, patience 15. */
    private static PhaseBuilder augmentedFineTune() {
        return Phase.fineTune().toBuilder().optEpochs(60).optLearningRate(1e-3).optPatience(15);
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
        return spec(name).phases().get();
    }

    /**
     * @param name a recipe name
     * @return dataset options the recipe turns on for the target, e.g. augment=true
     */
    public static Map<String, String> datasetDefaults(String name) {
        return spec(name).datasetDefaults();
    }

    /** @return a one-line description of every recipe */
    public static Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        RECIPES.forEach((name, spec) -> d.put(name, spec.description()));
        return d;
    }

    private static Spec spec(String name) {
        Spec spec = RECIPES.get(name);
        if (spec == null) {
            throw new GlyphException("Recipe '" + name + "' is not known" + Suggestions.hint(name, RECIPES.keySet())
                    + "; use one of " + String.join(", ", RECIPES.keySet()) + ".");
        }
        return spec;
    }
}
