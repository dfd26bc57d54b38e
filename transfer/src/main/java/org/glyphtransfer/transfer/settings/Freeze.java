package org.glyphtransfer.transfer.settings;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.Suggestions;

/**
 * What a phase freezes: {@code all} (the whole backbone), {@code none}, or {@code upto:<layer>}
 * (backbone layers from the first up to and including the named one; a layer is named as
 * {@code glyph models --detail} lists it, or by its 0-based index). The head always trains.
 */
public final class Freeze implements java.io.Serializable {
    private final String spec;

    private Freeze(String spec) {
        this.spec = spec;
    }

    /** @return freeze the whole backbone */
    public static Freeze all() {
        return new Freeze("all");
    }

    /** @return freeze nothing */
    public static Freeze none() {
        return new Freeze("none");
    }

    /**
     * @param text all, none or upto:&lt;layer&gt;
     * @return the spec (layer names are checked when applied)
     */
    public static Freeze parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("all") || lower.equals("none")) {
            return new Freeze(lower);
        }
        if (lower.startsWith("upto:") && t.length() > 5) {
            return new Freeze("upto:" + t.substring(5));
        }
        throw new GlyphException("Freeze '" + text + "' is not valid; use all, none or upto:<layer>.");
    }

    /**
     * Sets which parameters train: unfreezes everything, then freezes what this spec names.
     *
     * @param parts the network
     */
    public void apply(ModelParts parts) {
        parts.network().freezeParameters(false, Freeze::trainableKind);
        if (spec.equals("all")) {
            parts.backbone().freezeParameters(true);
        } else if (spec.startsWith("upto:")) {
            List<Pair<String, Block>> layers =
                    parts.backbone().getChildren().stream().collect(java.util.stream.Collectors.toList());
            int last = indexOf(layers, spec.substring(5));
            for (int i = 0; i <= last; i++) {
                layers.get(i).getValue().freezeParameters(true);
            }
        }
    }

    private static boolean trainableKind(Parameter p) {
        return p.getType() != Parameter.Type.RUNNING_MEAN && p.getType() != Parameter.Type.RUNNING_VAR;
    }

    private static int indexOf(List<Pair<String, Block>> layers, String name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String key = layers.get(i).getKey();
            names.add(key);
            if (key.equalsIgnoreCase(name)
                    || stripIndex(key).equalsIgnoreCase(name)
                    || String.valueOf(i).equals(name)) {
                return i;
            }
        }
        throw new GlyphException("Freeze 'upto:" + name + "' names no backbone layer" + Suggestions.hint(name, names)
                + "; layers: " + String.join(", ", names) + ".");
    }

    /** DJL names children "01Conv2d"; users may leave the number off. */
    private static String stripIndex(String key) {
        int i = 0;
        while (i < key.length() && Character.isDigit(key.charAt(i))) {
            i++;
        }
        return key.substring(i);
    }

    @Override
    public String toString() {
        return spec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Freeze f && f.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }
}
