package org.glyphtransfer.api;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link SequentialBlock} whose children carry layer names ({@code conv1}, {@code layer3},
 * {@code logits}) instead of their class names, so that a user can say where a backbone is
 * frozen up to ({@code upto:conv2}) and a summary can show which layer is which.
 *
 * <p>DJL stores each child under its position and name, e.g. {@code 02relu1}; {@link #layerName}
 * removes the two-digit position again. It runs, saves and loads exactly like a
 * {@code SequentialBlock}: names are not part of the parameter file.
 */
public class NamedSequentialBlock extends SequentialBlock {
    private static final Pattern POSITION = Pattern.compile("^\\d{2}");

    /**
     * Appends a named layer.
     *
     * @param name the layer name, unique within this block
     * @param block the layer
     * @return this block
     */
    public NamedSequentialBlock add(String name, Block block) {
        if (layerNames().contains(name)) {
            throw new IllegalArgumentException("Layer name '" + name + "' is used twice");
        }
        addChildBlock(name, block);
        return this;
    }

    /** @return the layer names in order, without DJL's position prefix */
    public List<String> layerNames() {
        List<String> names = new ArrayList<>();
        for (Pair<String, Block> child : getChildren()) {
            names.add(layerName(child.getKey()));
        }
        return names;
    }

    /**
     * The layer name of a child key as DJL stores it in any block ({@code 03pool1} → {@code pool1}).
     *
     * @param childKey the key from {@link Block#getChildren()}
     * @return the key without its two-digit position
     */
    public static String layerName(String childKey) {
        return POSITION.matcher(childKey).replaceFirst("");
    }
}
