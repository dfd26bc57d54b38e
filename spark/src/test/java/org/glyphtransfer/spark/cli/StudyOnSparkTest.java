package org.glyphtransfer.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.app.GlyphMain;
import org.glyphtransfer.spark.predict.GlyphImages;
import org.glyphtransfer.spark.predict.ShapesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glyph study data-efficiency --spark local[2]} writes the table the same study writes without Spark. */
class StudyOnSparkTest {
    @TempDir
    static Path dir;

    private static String study(Path data, Path out, String... extra) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                "--device",
                "cpu",
                "--threads",
                "1",
                "study",
                "data-efficiency",
                "--from",
                ShapesModel.folder().toString(),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + data,
                "--per-class",
                "4,all",
                "--seeds",
                "1,2",
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--batch",
                "8",
                "--out",
                out.toString()));
        args.addAll(List.of(extra));
        int code = GlyphMain.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        return o + e.toString();
    }

    @Test
    void sparkCellsGiveTheSameTableAndAreSkippedOnARerun() throws Exception {
        Path data = GlyphImages.dataset(dir.resolve("target"), 8, 31);
        study(data, dir.resolve("here"));
        study(data, dir.resolve("spark"), "--spark", "local[2]");
        assertEquals(
                Files.readString(dir.resolve("here").resolve("study.csv")),
                Files.readString(dir.resolve("spark").resolve("study.csv")));
        String again = study(data, dir.resolve("spark"), "--spark", "local[2]");
        assertEquals(
                4,
                again.lines()
                        .filter(l -> l.contains("finished before, skipped"))
                        .count(),
                again);
    }
}
