package org.glyphtransfer.models.summary;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.glyphtransfer.api.LayerNames;
import org.glyphtransfer.api.ModelParts;

/**
 * A layer table of any {@link ModelParts}, like Keras' {@code model.summary()}: each top-level layer
 * of the backbone and the head with its output shape and parameter count, and totals split into
 * backbone / head and trainable / frozen. Parameters are counted as PyTorch counts them (see
 * {@link ParameterCounter}); a frozen parameter is one that does not require a gradient.
 *
 * <p>The layer names are those a user can freeze up to ({@code upto:conv2}). Immutable; render it
 * with {@link #toText(String)}.
 */
public final class ModelSummary {
    /** Which half of the network a layer belongs to. */
    public enum Part {
        /** Image → feature vector. */
        BACKBONE,
        /** Feature vector → class scores. */
        HEAD
    }

    /**
     * One row of the table.
     *
     * @param part backbone or head
     * @param name the layer name ({@code conv1}, {@code layer3}); the part's name when it has no layers
     * @param type what the layer is ({@code Conv2d}, {@code ReLU}, {@code BatchNorm})
     * @param outputShape the output of one image, without the batch axis
     * @param parameters learnable parameters, frozen or not
     * @param trainable the parameters among them that training updates
     */
    public record Layer(Part part, String name, String type, Shape outputShape, long parameters, long trainable) {
        /** @return the parameters that training leaves alone */
        public long frozen() {
            return parameters - trainable;
        }
    }

    private final Shape inputShape;
    private final List<Layer> layers;
    private final long[] parameters;
    private final long[] trainable;

    private ModelSummary(Shape inputShape, List<Layer> layers, long[] parameters, long[] trainable) {
        this.inputShape = inputShape;
        this.layers = List.copyOf(layers);
        this.parameters = parameters;
        this.trainable = trainable;
    }

    /**
     * Summarises a network, initialising whatever part is not initialised yet. Parts that already
     * carry parameters (pretrained or trained) keep them untouched.
     *
     * @param parts backbone and head
     * @param manager owns the parameters created here; keep it open as long as the parts are used
     * @param inputShape one image, C × H × W
     * @return the summary
     */
    public static ModelSummary of(ModelParts parts, NDManager manager, Shape inputShape) {
        Objects.requireNonNull(parts, "parts");
        Shape batch = new Shape(1).addAll(inputShape);
        List<Layer> layers = new ArrayList<>();
        Shape features = describe(Part.BACKBONE, parts.backbone(), manager, batch, layers);
        describe(Part.HEAD, parts.head(), manager, features, layers);
        long[] parameters = {ParameterCounter.count(parts.backbone()), ParameterCounter.count(parts.head())};
        long[] trainable = {
            ParameterCounter.countTrainable(parts.backbone()), ParameterCounter.countTrainable(parts.head())
        };
        return new ModelSummary(inputShape, layers, parameters, trainable);
    }

    private static Shape describe(Part part, Block block, NDManager manager, Shape input, List<Layer> into) {
        if (!block.isInitialized()) {
            block.initialize(manager, DataType.FLOAT32, input);
        }
        if (!(block instanceof SequentialBlock) || block.getChildren().isEmpty()) {
            Shape output = block.getOutputShapes(new Shape[] {input})[0];
            into.add(row(part, part.name().toLowerCase(Locale.ROOT), block, output));
            return output;
        }
        Shape current = input;
        List<String> names = LayerNames.of(block);
        int i = 0;
        for (Pair<String, Block> child : block.getChildren()) {
            current = child.getValue().getOutputShapes(new Shape[] {current})[0];
            into.add(row(part, names.get(i++), child.getValue(), current));
        }
        return current;
    }

    private static Layer row(Part part, String name, Block block, Shape batchOutput) {
        String type = block instanceof LambdaBlock
                ? ((LambdaBlock) block).getName()
                : block.getClass().getSimpleName();
        return new Layer(
                part,
                name,
                type,
                batchOutput.slice(1),
                ParameterCounter.count(block),
                ParameterCounter.countTrainable(block));
    }

    /** @return the shape of one input image, C × H × W */
    public Shape inputShape() {
        return inputShape;
    }

    /** @return the rows, backbone first, in the order the network runs them */
    public List<Layer> layers() {
        return layers;
    }

    /** @return the shape of one image's feature vector, the backbone's output */
    public Shape featureShape() {
        Shape last = inputShape;
        for (Layer layer : layers) {
            if (layer.part() == Part.BACKBONE) {
                last = layer.outputShape();
            }
        }
        return last;
    }

    /**
     * @param part backbone or head
     * @return its learnable parameters, frozen or not
     */
    public long parameters(Part part) {
        return parameters[part.ordinal()];
    }

    /**
     * @param part backbone or head
     * @return its parameters that training updates
     */
    public long trainable(Part part) {
        return trainable[part.ordinal()];
    }

    /**
     * @param part backbone or head
     * @return its parameters that training leaves alone
     */
    public long frozen(Part part) {
        return parameters(part) - trainable(part);
    }

    /** @return all learnable parameters */
    public long parameters() {
        return parameters(Part.BACKBONE) + parameters(Part.HEAD);
    }

    /** @return all parameters that training updates */
    public long trainable() {
        return trainable(Part.BACKBONE) + trainable(Part.HEAD);
    }

    /** @return all parameters that training leaves alone */
    public long frozen() {
        return parameters() - trainable();
    }

    /**
     * Renders the table as text, like Keras' summary.
     *
     * @param title the first line, e.g. the model name; {@code null} for none
     * @return the text, lines separated by {@code \n}
     */
    public String toText(String title) {
        return SummaryText.render(this, title);
    }

    @Override
    public String toString() {
        return toText(null);
    }
}
