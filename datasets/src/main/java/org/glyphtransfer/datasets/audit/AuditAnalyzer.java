package org.glyphtransfer.datasets.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns the fingerprints of every sample into an {@link AuditReport}. */
final class AuditAnalyzer {
    /** Near-duplicate pairs listed in a report; the rest are counted in the warning only. */
    static final int MAX_LISTED_PAIRS = 200;
    /** Hash comparisons after which the near-duplicate search stops. */
    private static final long MAX_COMPARISONS = 20_000_000L;

    private static final int BANDS = 5;

    private final int nearDistance;

    AuditAnalyzer(int nearDistance) {
        this.nearDistance = nearDistance;
    }

    AuditReport analyse(
            String dataset, String source, List<AuditItem> items, List<String> splitOrder, List<String> classOrder) {
        List<AuditItem> readable = items.stream().filter(AuditItem::readable).toList();
        List<AuditReport.DuplicateGroup> bytes = groupsWithinSplits(readable, AuditItem::byteHash);
        List<AuditReport.DuplicateGroup> pixels = groupsWithinSplits(readable, AuditItem::pixelHash);
        List<AuditReport.DuplicateGroup> leakage = new ArrayList<>();
        List<AuditReport.DuplicateGroup> conflicts = new ArrayList<>();
        Map<String, List<AuditItem>> byPixels = group(readable, AuditItem::pixelHash);
        for (List<AuditItem> same : byPixels.values()) {
            Set<String> splits = new LinkedHashSet<>();
            Set<String> classes = new LinkedHashSet<>();
            same.forEach(item -> {
                splits.add(item.split());
                classes.add(item.className());
            });
            if (splits.size() > 1) {
                leakage.add(new AuditReport.DuplicateGroup(String.join("+", splits), ids(same)));
            }
            if (classes.size() > 1) {
                conflicts.add(new AuditReport.DuplicateGroup(String.join("+", splits), ids(same)));
            }
        }
        NearSearch near = new NearSearch(readable);
        List<String> unreadable = items.stream()
                .filter(i -> !i.readable())
                .map(i -> i.id() + ": " + i.problem())
                .toList();
        AuditReport report = new AuditReport(
                dataset,
                source,
                nearDistance,
                counts(readable, splitOrder, classOrder),
                bytes,
                pixels,
                leakage,
                conflicts,
                near.listed(near.within),
                near.listed(near.across),
                near.withinCount,
                near.acrossCount,
                near.truncated,
                unreadable,
                byPixels.size(),
                List.of());
        return report.withWarnings(warnings(report));
    }

    private static List<String> warnings(AuditReport r) {
        List<String> out = new ArrayList<>();
        int readable = r.totalSamples() - r.unreadable().size();
        if (readable > 0 && r.distinctImages() * 2 < readable) {
            out.add(String.format(
                    "WARNING: most files are copies of a few images: %d samples hold only %d distinct"
                            + " images (%.0f %% are copies).",
                    readable, r.distinctImages(), 100.0 * (readable - r.distinctImages()) / readable));
        }
        if (!r.leakage().isEmpty()) {
            out.add("WARNING: " + r.leakage().size() + " images appear in more than one split (leakage); evaluation"
                    + " on them is not on unseen data.");
        }
        if (!r.labelConflicts().isEmpty()) {
            out.add("WARNING: " + r.labelConflicts().size() + " images are filed under more than one class.");
        }
        if (!r.unreadable().isEmpty()) {
            out.add("WARNING: " + r.unreadable().size() + " files cannot be read as images.");
        }
        for (AuditReport.SplitCount split : r.splits()) {
            List<String> empty = new ArrayList<>();
            split.perClass().forEach((c, n) -> {
                if (n == 0) {
                    empty.add(org.glyphtransfer.api.io.UserPaths.show(c));
                }
            });
            if (!empty.isEmpty()) {
                out.add("WARNING: " + (empty.size() == 1 ? "class " : "classes ") + String.join(", ", empty)
                        + " " + (empty.size() == 1 ? "has" : "have") + " no readable images in split '"
                        + split.split() + "'.");
            }
        }
        if (r.pixelIdenticalCopies() > 0) {
            out.add("NOTE: " + r.pixelIdenticalCopies() + " samples are identical copies of another sample in the same"
                    + " split (" + r.byteIdenticalCopies() + " byte-identical files).");
        }
        if (r.nearLeakageCount() > 0) {
            out.add("NOTE: " + r.nearLeakageCount()
                    + " near-duplicate pairs span two splits (perceptual hash distance ≤ " + r.nearDistance()
                    + "); check them for leakage.");
        }
        if (r.nearSearchTruncated()) {
            out.add("NOTE: the near-duplicate search stopped after " + MAX_COMPARISONS
                    + " comparisons; counts are partial.");
        }
        return out;
    }

    private static List<AuditReport.SplitCount> counts(
            List<AuditItem> items, List<String> splitOrder, List<String> classOrder) {
        List<AuditReport.SplitCount> out = new ArrayList<>();
        for (String split : splitOrder) {
            Map<String, Integer> perClass = new LinkedHashMap<>();
            for (String c : classOrder) {
                perClass.put(c, 0);
            }
            for (AuditItem item : items) {
                if (item.split().equals(split)) {
                    perClass.merge(item.className(), 1, Integer::sum);
                }
            }
            out.add(new AuditReport.SplitCount(split, perClass));
        }
        return out;
    }

    private static List<AuditReport.DuplicateGroup> groupsWithinSplits(
            List<AuditItem> items, Function<AuditItem, String> hash) {
        List<AuditReport.DuplicateGroup> out = new ArrayList<>();
        Map<String, List<AuditItem>> groups = group(
                items.stream().filter(i -> hash.apply(i) != null).toList(), i -> i.split() + "\u0000" + hash.apply(i));
        for (List<AuditItem> same : groups.values()) {
            if (same.size() > 1) {
                out.add(new AuditReport.DuplicateGroup(same.get(0).split(), ids(same)));
            }
        }
        out.sort(Comparator.comparingInt(
                        (AuditReport.DuplicateGroup g) -> -g.members().size())
                .thenComparing(g -> g.members().get(0)));
        return out;
    }

    private static Map<String, List<AuditItem>> group(List<AuditItem> items, Function<AuditItem, String> key) {
        Map<String, List<AuditItem>> groups = new LinkedHashMap<>();
        for (AuditItem item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    private static List<String> ids(List<AuditItem> items) {
        return items.stream().map(AuditItem::id).toList();
    }

    /**
     * Pairs within {@link #nearDistance} bits, found by banding: the 64 bits are cut into five
     * bands, and two hashes within four bits agree on at least one whole band, so only samples
     * sharing a band are compared. A pair is counted in the first band it shares.
     */
    private final class NearSearch {
        private static final int KEPT = 5_000;
        final List<NearPair> within = new ArrayList<>();
        final List<NearPair> across = new ArrayList<>();
        long withinCount;
        long acrossCount;
        boolean truncated;

        NearSearch(List<AuditItem> items) {
            long comparisons = 0;
            for (int band = 0; band < BANDS && !truncated; band++) {
                Map<Long, List<Integer>> buckets = new HashMap<>();
                for (int i = 0; i < items.size(); i++) {
                    buckets.computeIfAbsent(band(items.get(i).perceptualHash(), band), k -> new ArrayList<>())
                            .add(i);
                }
                for (List<Integer> bucket : buckets.values()) {
                    for (int a = 0; a < bucket.size() && !truncated; a++) {
                        for (int b = a + 1; b < bucket.size(); b++) {
                            if (++comparisons > MAX_COMPARISONS) {
                                truncated = true;
                                break;
                            }
                            consider(items.get(bucket.get(a)), items.get(bucket.get(b)), band);
                        }
                    }
                }
            }
        }

        private long band(long hash, int band) {
            int bits = (64 + BANDS - 1) / BANDS;
            return (hash >>> (band * bits)) & ((1L << bits) - 1);
        }

        private void consider(AuditItem a, AuditItem b, int band) {
            int distance = Long.bitCount(a.perceptualHash() ^ b.perceptualHash());
            if (distance > nearDistance || a.pixelHash().equals(b.pixelHash())) {
                return;
            }
            for (int earlier = 0; earlier < band; earlier++) {
                if (band(a.perceptualHash(), earlier) == band(b.perceptualHash(), earlier)) {
                    return; // already counted in an earlier band
                }
            }
            NearPair pair = a.id().compareTo(b.id()) <= 0
                    ? new NearPair(a.id(), b.id(), distance)
                    : new NearPair(b.id(), a.id(), distance);
            boolean sameSplit = a.split().equals(b.split());
            List<NearPair> list = sameSplit ? within : across;
            if (sameSplit) {
                withinCount++;
            } else {
                acrossCount++;
            }
            if (list.size() < KEPT) {
                list.add(pair);
            }
        }

        List<NearPair> listed(List<NearPair> pairs) {
            List<NearPair> sorted = new ArrayList<>(pairs);
            sorted.sort(Comparator.comparingInt(NearPair::distance)
                    .thenComparing(NearPair::first)
                    .thenComparing(NearPair::second));
            return sorted.subList(0, Math.min(MAX_LISTED_PAIRS, sorted.size()));
        }
    }
}
