package org.glyphtransfer.app.bench;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * One row of {@code glyph bench}'s comparison of architectures: a built-in model trained on MNIST
 * (28 × 28, batch 128, Adam 0.001, the plugin's default options) for a warm-up epoch and then
 * {@code measuredEpochs} timed ones, then timed forward passes in batches of 1,000 over the first
 * {@code inferImages} test images; the PyTorch peer does the same work on the same network.
 *
 * @param model the model plugin's name
 * @param perClass training images per class, or 0 for the whole 54,000-image training split
 * @param measuredEpochs epochs timed after the warm-up epoch
 * @param inferImages test images the forward pass is timed on
 */
public record BenchArchitecture(String model, int perClass, int measuredEpochs, int inferImages) {
    /** Images in MNIST's training split after glyph's default validation carve-out (10 %). */
    public static final int FULL_TRAINING_SPLIT = 54_000;

    /** Validation and test images per class while an architecture trains: only training is timed. */
    public static final int EVAL_PER_CLASS = 20;

    /**
     * Every built-in architecture, sized so that each timed epoch takes a few seconds on two cores
     * (about 10–30 s of training per side); {@code simple-cnn} first, on whole epochs, the headline
     * measurement.
     */
    public static final List<BenchArchitecture> FULL = List.of(
            new BenchArchitecture("simple-cnn", 0, 2, 10_000),
            new BenchArchitecture("lenet5", 4_500, 3, 10_000),
            new BenchArchitecture("small-cnn", 1_000, 2, 10_000),
            new BenchArchitecture("keras-cnn", 300, 2, 2_000),
            new BenchArchitecture("deep-bn-cnn", 200, 2, 2_000),
            new BenchArchitecture("dual-conv-cnn", 1_500, 2, 10_000),
            new BenchArchitecture("linear", 4_500, 4, 10_000),
            new BenchArchitecture("mlp", 4_500, 4, 10_000),
            new BenchArchitecture("resnet18", 40, 2, 1_000));

    /** Built-in models without a row, each with the reason. */
    public static final Map<String, String> NOT_BENCHMARKED = Map.of(
            "resnet18-imagenet",
            "its weights are a TorchScript file or come from DJL's model zoo over the network, and the peer would "
                    + "need torchvision's ImageNet ResNet-18 (7x7 stem, max-pool, 64x64 input), which is not installed");

    /** @return the architectures of {@code --quick}: every one but resnet18, on a few hundred images */
    public static List<BenchArchitecture> quick() {
        return FULL.stream()
                .filter(a -> !a.model().equals("resnet18"))
                .map(a -> new BenchArchitecture(a.model(), 20, 1, 1_000))
                .toList();
    }

    /**
     * The rows of the named architectures, in the plan's order.
     *
     * @param plan the rows to choose from
     * @param names the architectures wanted
     * @return their rows
     * @throws GlyphException when a name has no row
     */
    public static List<BenchArchitecture> select(List<BenchArchitecture> plan, List<String> names) {
        List<String> known = plan.stream().map(BenchArchitecture::model).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                String why = NOT_BENCHMARKED.containsKey(name) ? " (" + NOT_BENCHMARKED.get(name) + ")" : "";
                throw new GlyphException("--architectures names '" + name + "', which glyph bench does not measure"
                        + why + "; choose among " + String.join(", ", known) + ".");
            }
        }
        return plan.stream().filter(a -> names.contains(a.model())).toList();
    }

    /** @return the training images of one epoch */
    public int trainImages() {
        return perClass == 0 ? FULL_TRAINING_SPLIT : perClass * 10;
    }

    /** @return warm-up and timed epochs */
    public int epochs() {
        return 1 + measuredEpochs;
    }
}
