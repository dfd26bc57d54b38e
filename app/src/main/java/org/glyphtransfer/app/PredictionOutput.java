package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphtransfer.transfer.predict.ClassScore;

/** Prints what {@code glyph predict} found: a table or JSON, and the accuracy against folder names. */
final class PredictionOutput {
    private final List<FilePredictions.Result> results;
    private final Map<FilePredictions.Result, Path> saved;
    private final boolean expectFolderLabels;
    private final int topK;

    PredictionOutput(
            List<FilePredictions.Result> results,
            Map<FilePredictions.Result, Path> saved,
            boolean expectFolderLabels,
            int topK) {
        this.results = results;
        this.saved = saved;
        this.expectFolderLabels = expectFolderLabels;
        this.topK = topK;
    }

    /** The class a file should be: its parent folder's name, as in a Testing/<class>/ layout. */
    static String folderLabel(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null
                ? ""
                : parent.getFileName().toString();
    }

    /** Right, wrong, files whose folder names no class of the model, and answers "unknown" (neither right nor wrong). */
    record Score(int right, int wrong, int unlabelled, int unknown) {
        int labelled() {
            return right + wrong;
        }

        double accuracy() {
            return labelled() == 0 ? Double.NaN : right / (double) labelled();
        }
    }

    Score score() {
        int right = 0;
        int wrong = 0;
        int unlabelled = 0;
        int unknown = 0;
        for (FilePredictions.Result r : results) {
            if (r.failed()) {
                continue;
            }
            String expected = folderLabel(r.input().file());
            if (!r.prediction().classNames().contains(expected)) {
                unlabelled++;
            } else if (r.prediction().unknown()) {
                unknown++;
            } else if (expected.equals(r.prediction().best().name())) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Score(right, wrong, unlabelled, unknown);
    }

    void printTable(PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("FILE"));
        if (expectFolderLabels) {
            header.add("EXPECTED");
        }
        header.addAll(List.of("PREDICTED", "TOP " + topK));
        if (expectFolderLabels) {
            header.add("RESULT");
        }
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (FilePredictions.Result r : results) {
            List<Object> row = new ArrayList<>(
                    List.of(org.glyphtransfer.api.io.UserPaths.show(r.input().file())));
            String expected = folderLabel(r.input().file());
            if (expectFolderLabels) {
                row.add(expected);
            }
            if (r.failed()) {
                row.addAll(List.of("-", "unreadable (see the message below)"));
            } else {
                row.add(r.prediction().answer());
                row.add(String.join(
                        "  ",
                        r.prediction().top().stream().map(ClassScore::toString).toList()));
            }
            if (expectFolderLabels) {
                row.add(
                        r.failed()
                                ? "error"
                                : !r.prediction().classNames().contains(expected)
                                        ? "no such class"
                                        : r.prediction().unknown()
                                                ? "unknown"
                                                : expected.equals(r.prediction()
                                                                .best()
                                                                .name())
                                                        ? "right"
                                                        : "WRONG");
            }
            table.row(row.toArray());
        }
        table.print(out);
        long unknown = results.stream()
                .filter(r -> !r.failed() && r.prediction().unknown())
                .count();
        if (unknown > 0) {
            out.printf(
                    Locale.ROOT,
                    "%d of %d images answered unknown (best class below %s)%n",
                    unknown,
                    results.size(),
                    results.stream()
                            .filter(r -> !r.failed())
                            .findFirst()
                            .map(r -> String.valueOf(r.prediction().minConfidence()))
                            .orElse("?"));
        }
        if (expectFolderLabels) {
            Score s = score();
            out.printf(
                    Locale.ROOT,
                    "accuracy %s on %d images labelled by their folder (%d right, %d wrong)%s%s%n",
                    s.labelled() == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * s.accuracy()),
                    s.labelled(),
                    s.right(),
                    s.wrong(),
                    s.unknown() == 0 ? "" : "; " + s.unknown() + " answered unknown were left out",
                    s.unlabelled() == 0 ? "" : "; " + s.unlabelled() + " in folders that name no class were left out");
        }
        if (!saved.isEmpty()) {
            out.println("preprocessed 28×28 images written for " + saved.size() + " file(s)");
        }
        out.flush();
    }

    void printJson(PrintWriter out, Path model) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.toString());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FilePredictions.Result r : results) {
            entries.add(entry(r));
        }
        json.put("predictions", entries);
        if (expectFolderLabels) {
            Score s = score();
            Map<String, Object> accuracy = new LinkedHashMap<>();
            accuracy.put("accuracy", s.labelled() == 0 ? null : s.accuracy());
            accuracy.put("right", s.right());
            accuracy.put("wrong", s.wrong());
            accuracy.put("unlabelled", s.unlabelled());
            accuracy.put("unknown", s.unknown());
            json.put("accuracy", accuracy);
        }
        json.put(
                "failed",
                results.stream().filter(FilePredictions.Result::failed).count());
        out.println(PluginListing.JSON.toJson(json));
        out.flush();
    }

    private Map<String, Object> entry(FilePredictions.Result r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", r.input().file().toString());
        if (expectFolderLabels) {
            e.put("expected", folderLabel(r.input().file()));
        }
        if (r.failed()) {
            e.put("error", r.error());
            return e;
        }
        e.put("predicted", r.prediction().answer());
        e.put("unknown", r.prediction().unknown());
        e.put("probability", r.prediction().best().probability());
        List<Map<String, Object>> top = new ArrayList<>();
        for (ClassScore s : r.prediction().top()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("class", s.name());
            t.put("probability", s.probability());
            top.add(t);
        }
        e.put("top", top);
        if (saved.containsKey(r)) {
            e.put("preprocessed", saved.get(r).toString());
        }
        return e;
    }
}
