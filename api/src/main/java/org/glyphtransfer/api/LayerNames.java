package org.glyphtransfer.api;

import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names users see and type for the layers of a block: in layer tables ({@code glyph models
 * --detail}) and in {@code --freeze upto:NAME}. One rule for both, so a name that is shown is a name
 * that works.
 *
 * <p>A layer added to a {@link NamedSequentialBlock} keeps its name ({@code conv1}). A layer added
 * to a plain DJL {@code SequentialBlock} is named after its class ({@code Conv2d}), or, for a
 * {@code LambdaBlock}, after the function it wraps ({@code ReLU}); when several layers share such a
 * name, each gets its position among them: {@code Conv2d-1}, {@code Conv2d-2}. Every name is unique
 * within its block.
 */
public final class LayerNames {
    private static final String LAMBDA = LambdaBlock.class.getSimpleName();

    private LayerNames() {}

    /**
     * @param block a block whose children are its layers, e.g. a backbone
     * @return one unique name per child, in order; empty for a block without children
     */
    public static List<String> of(Block block) {
        List<String> bases = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Pair<String, Block> child : block.getChildren()) {
            String base = NamedSequentialBlock.layerName(child.getKey());
            if (base.equals(LAMBDA) && child.getValue() instanceof LambdaBlock lambda) {
                base = lambda.getName();
            }
            bases.add(base);
            counts.merge(base, 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        for (String base : bases) {
            if (counts.get(base) == 1) {
                taken.add(base);
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String base : bases) {
            if (counts.get(base) == 1) {
                names.add(base);
                continue;
            }
            String name;
            do {
                name = base + "-" + seen.merge(base, 1, Integer::sum);
            } while (!taken.add(name));
            names.add(name);
        }
        return names;
    }
}
