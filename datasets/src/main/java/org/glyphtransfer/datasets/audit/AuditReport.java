package org.glyphtransfer.datasets.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a dataset audit: counts per split and class, duplicates inside splits (byte-
 * and pixel-identical), the same image in two splits (leakage), the same image under two classes,
 * near-duplicates by perceptual hash, unreadable files and warnings. Immutable; {@link #toMap()}
 * and {@link #toJson()} for machines, {@link #toText()} for people.
 */
public final class AuditReport {
    /**
     * Sample counts of one split.
     *
     * @param split the split name
     * @param perClass count per class, in class order
     */
    public record SplitCount(String split, Map<String, Integer> perClass) {
        /** Copies the map. */
        public SplitCount {
            perClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
        }

        /** @return the number of samples in the split */
        public int total() {
            return perClass.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Samples that are the same image.
     *
     * @param splits the split(s) the members are in, joined with "+"
     * @param members sample ids (file paths relative to the dataset folder)
     */
    public record DuplicateGroup(String splits, List<String> members) {
        /** Copies the list. */
        public DuplicateGroup {
            members = List.copyOf(members);
        }

        /** @return members beyond the first: how many files are redundant copies */
        public int copies() {
            return members.size() - 1;
        }
    }

    private final String dataset;
    private final String source;
    private final int nearDistance;
    private final List<SplitCount> splits;
    private final List<DuplicateGroup> byteIdentical;
    private final List<DuplicateGroup> pixelIdentical;
    private final List<DuplicateGroup> leakage;
    private final List<DuplicateGroup> labelConflicts;
    private final List<NearPair> nearDuplicates;
    private final List<NearPair> nearLeakage;
    private final long nearDuplicateCount;
    private final long nearLeakageCount;
    private final boolean nearSearchTruncated;
    private final List<String> unreadable;
    private final int distinctImages;
    private final List<String> warnings;

    AuditReport(
            String dataset,
            String source,
            int nearDistance,
            List<SplitCount> splits,
            List<DuplicateGroup> byteIdentical,
            List<DuplicateGroup> pixelIdentical,
            List<DuplicateGroup> leakage,
            List<DuplicateGroup> labelConflicts,
            List<NearPair> nearDuplicates,
            List<NearPair> nearLeakage,
            long nearDuplicateCount,
            long nearLeakageCount,
            boolean nearSearchTruncated,
            List<String> unreadable,
            int distinctImages,
            List<String> warnings) {
        this.dataset = dataset;
        this.source = source;
        this.nearDistance = nearDistance;
        this.splits = List.copyOf(splits);
        this.byteIdentical = List.copyOf(byteIdentical);
        this.pixelIdentical = List.copyOf(pixelIdentical);
        this.leakage = List.copyOf(leakage);
        this.labelConflicts = List.copyOf(labelConflicts);
        this.nearDuplicates = List.copyOf(nearDuplicates);
        this.nearLeakage = List.copyOf(nearLeakage);
        this.nearDuplicateCount = nearDuplicateCount;
        this.nearLeakageCount = nearLeakageCount;
        this.nearSearchTruncated = nearSearchTruncated;
        this.unreadable = List.copyOf(unreadable);
        this.distinctImages = distinctImages;
        this.warnings = List.copyOf(warnings);
    }

    /** @return the dataset plugin name */
    public String dataset() {
        return dataset;
    }

    /** @return the folder or file audited */
    public String source() {
        return source;
    }

    /** @return counts per split and class */
    public List<SplitCount> splits() {
        return splits;
    }

    /** @return the number of samples, readable or not */
    public int totalSamples() {
        return splits.stream().mapToInt(SplitCount::total).sum() + unreadable.size();
    }

    /** @return the number of different images (by pixels) among the readable samples */
    public int distinctImages() {
        return distinctImages;
    }

    /** @return groups of files with identical bytes inside one split */
    public List<DuplicateGroup> byteIdentical() {
        return byteIdentical;
    }

    /** @return groups of samples with identical pixels inside one split (byte-identical ones included) */
    public List<DuplicateGroup> pixelIdentical() {
        return pixelIdentical;
    }

    /** @return groups of identical images found in more than one split */
    public List<DuplicateGroup> leakage() {
        return leakage;
    }

    /** @return groups of identical images filed under more than one class */
    public List<DuplicateGroup> labelConflicts() {
        return labelConflicts;
    }

    /** @return the closest near-duplicate pairs inside one split (not pixel-identical), at most 200 */
    public List<NearPair> nearDuplicates() {
        return nearDuplicates;
    }

    /** @return the closest near-duplicate pairs across splits (possible leakage), at most 200 */
    public List<NearPair> nearLeakage() {
        return nearLeakage;
    }

    /** @return how many near-duplicate pairs lie inside one split (the list holds the closest few) */
    public long nearDuplicateCount() {
        return nearDuplicateCount;
    }

    /** @return how many near-duplicate pairs span two splits (the list holds the closest few) */
    public long nearLeakageCount() {
        return nearLeakageCount;
    }

    /** @return true when the near-duplicate search stopped early (too many candidates) */
    public boolean nearSearchTruncated() {
        return nearSearchTruncated;
    }

    /** @return the largest perceptual-hash distance counted as near-duplicate */
    public int nearDistance() {
        return nearDistance;
    }

    /** @return "path: reason" of every unreadable file */
    public List<String> unreadable() {
        return unreadable;
    }

    /** @return warnings, loudest first */
    public List<String> warnings() {
        return warnings;
    }

    /** @return redundant byte-identical copies inside splits */
    public int byteIdenticalCopies() {
        return byteIdentical.stream().mapToInt(DuplicateGroup::copies).sum();
    }

    /** @return redundant pixel-identical copies inside splits */
    public int pixelIdenticalCopies() {
        return pixelIdentical.stream().mapToInt(DuplicateGroup::copies).sum();
    }

    /** @return the report as nested maps and lists of strings and numbers, for JSON */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dataset", dataset);
        map.put("source", source);
        map.put("totalSamples", totalSamples());
        map.put("distinctImages", distinctImages);
        List<Object> splitList = new ArrayList<>();
        for (SplitCount s : splits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("split", s.split());
            m.put("total", s.total());
            m.put("perClass", s.perClass());
            splitList.add(m);
        }
        map.put("splits", splitList);
        map.put("byteIdenticalCopies", byteIdenticalCopies());
        map.put("byteIdentical", groups(byteIdentical));
        map.put("pixelIdenticalCopies", pixelIdenticalCopies());
        map.put("pixelIdentical", groups(pixelIdentical));
        map.put("leakage", groups(leakage));
        map.put("labelConflicts", groups(labelConflicts));
        map.put("nearDuplicateDistance", nearDistance);
        map.put("nearDuplicateCount", nearDuplicateCount);
        map.put("nearDuplicates", pairs(nearDuplicates));
        map.put("nearLeakageCount", nearLeakageCount);
        map.put("nearLeakage", pairs(nearLeakage));
        map.put("nearSearchTruncated", nearSearchTruncated);
        map.put("unreadable", unreadable);
        map.put("warnings", warnings);
        return map;
    }

    private static List<Object> groups(List<DuplicateGroup> groups) {
        List<Object> out = new ArrayList<>();
        for (DuplicateGroup g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("splits", g.splits());
            m.put("members", g.members());
            out.add(m);
        }
        return out;
    }

    private static List<Object> pairs(List<NearPair> pairs) {
        List<Object> out = new ArrayList<>();
        for (NearPair p : pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("first", p.first());
            m.put("second", p.second());
            m.put("distance", p.distance());
            out.add(m);
        }
        return out;
    }

    /**
     * @param newWarnings the warnings
     * @return a copy with these warnings
     */
    AuditReport withWarnings(List<String> newWarnings) {
        return new AuditReport(
                dataset,
                source,
                nearDistance,
                splits,
                byteIdentical,
                pixelIdentical,
                leakage,
                labelConflicts,
                nearDuplicates,
                nearLeakage,
                nearDuplicateCount,
                nearLeakageCount,
                nearSearchTruncated,
                unreadable,
                distinctImages,
                newWarnings);
    }

    /** @return the report as JSON */
    public String toJson() {
        return Json.write(toMap());
    }

    /** @return the report as a human-readable text table */
    public String toText() {
        return AuditTextRenderer.render(this);
    }

    @Override
    public String toString() {
        return toText();
    }
}
