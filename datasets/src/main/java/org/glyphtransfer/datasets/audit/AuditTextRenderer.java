package org.glyphtransfer.datasets.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders an {@link AuditReport} as plain text: warnings first, then tables. */
final class AuditTextRenderer {
    private static final int LISTED = 10;

    private AuditTextRenderer() {}

    static String render(AuditReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Audit of ")
                .append(r.dataset())
                .append(" (")
                .append(r.source())
                .append(")\n");
        for (String warning : r.warnings()) {
            sb.append(warning).append('\n');
        }
        sb.append('\n');
        countsTable(sb, r);
        sb.append(String.format("%n%-48s %8s %8s%n", "check", "groups", "copies"));
        row(sb, "byte-identical files inside a split", r.byteIdentical());
        row(sb, "pixel-identical images inside a split", r.pixelIdentical());
        row(sb, "same image in two splits (leakage)", r.leakage());
        row(sb, "same image under two classes", r.labelConflicts());
        sb.append(String.format(
                "%-48s %8d%n",
                "near-duplicate pairs inside a split (≤ " + r.nearDistance() + " bits)", r.nearDuplicateCount()));
        sb.append(String.format("%-48s %8d%n", "near-duplicate pairs across splits", r.nearLeakageCount()));
        sb.append(
                String.format("%-48s %8d%n", "unreadable files", r.unreadable().size()));
        sb.append(String.format(
                "%-48s %8d of %d%n",
                "distinct images",
                r.distinctImages(),
                r.totalSamples() - r.unreadable().size()));
        groups(sb, "Largest groups of byte-identical files", r.byteIdentical());
        groups(sb, "Leakage", r.leakage());
        groups(sb, "Label conflicts", r.labelConflicts());
        pairs(sb, "Closest near-duplicates across splits", r.nearLeakage());
        if (!r.unreadable().isEmpty()) {
            sb.append("\nUnreadable files\n");
            r.unreadable().stream()
                    .limit(LISTED)
                    .forEach(u -> sb.append("  ").append(u).append('\n'));
        }
        return sb.toString();
    }

    private static void countsTable(StringBuilder sb, AuditReport r) {
        Set<String> classes = new LinkedHashSet<>();
        r.splits().forEach(s -> classes.addAll(s.perClass().keySet()));
        int width = Math.max(5, classes.stream().mapToInt(String::length).max().orElse(5));
        sb.append(String.format("%-" + width + "s", "class"));
        for (AuditReport.SplitCount s : r.splits()) {
            sb.append(String.format(" %10s", s.split()));
        }
        sb.append('\n');
        for (String c : classes) {
            sb.append(String.format("%-" + width + "s", c));
            for (AuditReport.SplitCount s : r.splits()) {
                sb.append(String.format(" %10d", s.perClass().getOrDefault(c, 0)));
            }
            sb.append('\n');
        }
        sb.append(String.format("%-" + width + "s", "total"));
        for (AuditReport.SplitCount s : r.splits()) {
            sb.append(String.format(" %10d", s.total()));
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, String label, List<AuditReport.DuplicateGroup> groups) {
        int copies =
                groups.stream().mapToInt(AuditReport.DuplicateGroup::copies).sum();
        sb.append(String.format("%-48s %8d %8d%n", label, groups.size(), copies));
    }

    private static void groups(StringBuilder sb, String title, List<AuditReport.DuplicateGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append('\n');
        for (AuditReport.DuplicateGroup g : groups.subList(0, Math.min(LISTED, groups.size()))) {
            List<String> shown = new ArrayList<>(
                    g.members().subList(0, Math.min(4, g.members().size())));
            if (g.members().size() > 4) {
                shown.add("… " + (g.members().size() - 4) + " more");
            }
            sb.append(
                    String.format("  %-10s %3d × %s%n", g.splits(), g.members().size(), String.join(", ", shown)));
        }
        if (groups.size() > LISTED) {
            sb.append("  … ").append(groups.size() - LISTED).append(" more groups (see --json)\n");
        }
    }

    private static void pairs(StringBuilder sb, String title, List<NearPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append('\n');
        for (NearPair p : pairs.subList(0, Math.min(LISTED, pairs.size()))) {
            sb.append(String.format("  %2d bits  %s  ~  %s%n", p.distance(), p.first(), p.second()));
        }
    }
}
