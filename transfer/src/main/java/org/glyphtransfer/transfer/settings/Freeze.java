package org.glyphtransfer.transfer.settings;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.LayerNames;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.Suggestions;

/**
 * What a phase freezes: {@code all} (the whole backbone), {@code none}, or {@code upto:<layer>}
 * (backbone layers from the first up to and including the named one; a layer is named exactly as
 * {@code glyph models --detail} lists it ({@link LayerNames}), or by its 0-based index). The head
 * always trains.
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
            List<Block> layers = new ArrayList<>();
            for (Pair<String, Block> child : parts.backbone().getChildren()) {
                layers.add(child.getValue());
            }
            int last = indexOf(LayerNames.of(parts.backbone()), spec.substring(5));
            for (int i = 0; i <= last; i++) {
                layers.get(i).freezeParameters(true);
            }
        }
    }

    private static boolean trainableKind(Parameter p) {
        return p.getType() != Parameter.Type.RUNNING_MEAN && p.getType() != Parameter.Type.RUNNING_VAR;
    }

    /**
     * The layer a name means: exactly one of the names the layer table shows (case aside only when
     * that still picks one layer), or a 0-based index. Never the first of several layers of a kind.
     */
    private static int indexOf(List<String> names, String name) {
        int exact = names.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                matches.add(i);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (name.matches("\\d{1,4}") && Integer.parseInt(name) < names.size()) {
            return Integer.parseInt(name);
        }
        throw new GlyphException("Freeze 'upto:" + name + "' names no backbone layer" + Suggestions.hint(name, names)
                + "; layers: " + String.join(", ", names) + ".");
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
