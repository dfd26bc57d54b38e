package org.glyphtransfer.models.summary;

import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.models.summary.ModelSummary.Layer;
import org.glyphtransfer.models.summary.ModelSummary.Part;

/** Lays out a {@link ModelSummary} as a plain-text table, Keras style. */
final class SummaryText {
    private static final String[] HEADER = {"Part", "Layer", "Type", "Output shape", "Param #", "Frozen"};

    private SummaryText() {}

    static String render(ModelSummary summary, String title) {
        List<String[]> rows = new ArrayList<>();
        for (Layer layer : summary.layers()) {
            rows.add(new String[] {
                layer.part().name().toLowerCase(Locale.ROOT),
                layer.name(),
                layer.type(),
                shape(layer.outputShape()),
                number(layer.parameters()),
                number(layer.frozen())
            });
        }
        int[] widths = widths(rows);
        int total = widths.length * 2 - 2;
        for (int w : widths) {
            total += w;
        }
        StringBuilder out = new StringBuilder();
        if (title != null) {
            out.append(title).append('\n');
        }
        out.append("Input: ").append(shape(summary.inputShape())).append('\n');
        out.append("=".repeat(total)).append('\n');
        line(out, HEADER, widths);
        out.append("=".repeat(total)).append('\n');
        for (String[] row : rows) {
            line(out, row, widths);
        }
        out.append("=".repeat(total)).append('\n');
        totals(
                out,
                "Backbone",
                summary.parameters(Part.BACKBONE),
                summary.trainable(Part.BACKBONE),
                summary.frozen(Part.BACKBONE));
        totals(out, "Head", summary.parameters(Part.HEAD), summary.trainable(Part.HEAD), summary.frozen(Part.HEAD));
        totals(out, "Total", summary.parameters(), summary.trainable(), summary.frozen());
        return out.toString();
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            // Counts (the last two columns) are right-aligned so that their digits line up.
            line.append(i == 0 ? "" : "  ").append(pad(cells[i], widths[i], i >= 4));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static void totals(StringBuilder out, String label, long parameters, long trainable, long frozen) {
        out.append(String.format(
                Locale.ROOT,
                "%-9s %,13d parameters  (trainable %,d, frozen %,d)\n",
                label + ":",
                parameters,
                trainable,
                frozen));
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - text.length()));
        return right ? fill + text : text + fill;
    }

    /** One image's shape as (C, H, W); the batch axis is left out. */
    static String shape(Shape shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.dimension(); i++) {
            s.append(i == 0 ? "" : ", ").append(shape.get(i));
        }
        return s.append(')').toString();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
