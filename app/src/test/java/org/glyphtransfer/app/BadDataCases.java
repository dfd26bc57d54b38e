package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.out;
import static org.glyphtransfer.app.BadInputCase.p;
import static org.glyphtransfer.app.BadInputCase.pretrain;
import static org.glyphtransfer.app.BadInputCase.run;
import static org.glyphtransfer.app.BadInputFiles.TRAIN_IMAGES;
import static org.glyphtransfer.app.BadInputFiles.TRAIN_LABELS;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where the data is wrong: a data root
 * that names no folder, a missing data folder, damaged IDX and gzip files, CSV rows with bad columns,
 * cells or labels, and letter folders with an unreadable image, an empty class or no classes.
 */
final class BadDataCases {
    private BadDataCases() {}

    static List<BadInputCase> cases() {
        String good28 = "dir=" + p("idx/good28");
        List<BadInputCase> c = new ArrayList<>();
        c.add(pretrain(
                "data root missing (GLYPH_DATA names no folder)",
                "mnist",
                List.of(),
                "data root " + p("no-data-root") + " (from GLYPH_DATA) does not exist",
                p("no-data-root/mnist").toString()));
        c.add(run(
                "data root missing (--data-root names no folder)",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "letter-folders",
                        "--data-root",
                        p("nowhere").toString(),
                        "--out",
                        out("data-root")),
                out("data-root"),
                "data root " + p("nowhere") + " (given with --data-root) does not exist",
                p("nowhere/letters-scans").toString()));
        c.add(pretrain(
                "data folder missing",
                "idx",
                List.of("dir=" + p("idx/absent")),
                p("idx/absent").toString()));
        c.add(pretrain(
                "IDX file with a wrong magic number",
                "idx",
                List.of("dir=" + p("idx/magic")),
                p("idx/magic").resolve(TRAIN_IMAGES).toString(),
                "magic number",
                "byte offset 0"));
        c.add(pretrain(
                "IDX file truncated",
                "idx",
                List.of("dir=" + p("idx/truncated")),
                p("idx/truncated").resolve(TRAIN_IMAGES).toString(),
                "truncated",
                "byte offset 5000"));
        c.add(pretrain(
                "gzip file truncated",
                "idx",
                List.of("dir=" + p("idx/gzip")),
                p("idx/gzip").resolve(TRAIN_IMAGES + ".gz").toString(),
                "ends early"));
        c.add(pretrain(
                "image and label counts differ",
                "idx",
                List.of("dir=" + p("idx/count")),
                p("idx/count").resolve(TRAIN_IMAGES).toString(),
                "100 images",
                "99 labels"));
        c.add(pretrain(
                "IDX label outside the classes",
                "idx",
                List.of(good28, "classNames=zero,one"),
                p("idx/good28").resolve(TRAIN_LABELS).toString(),
                "label 2",
                "byte offset 10"));
        c.add(pretrain(
                "CSV row with too many columns",
                "az-csv",
                List.of("file=" + p("csv/extra-column.csv")),
                p("csv/extra-column.csv").toString(),
                "line 4",
                "785 columns"));
        c.add(pretrain(
                "CSV row with too few columns",
                "az-csv",
                List.of("file=" + p("csv/short-row.csv")),
                p("csv/short-row.csv").toString(),
                "line 4",
                "785 columns"));
        c.add(pretrain(
                "CSV cell that is not a number",
                "az-csv",
                List.of("file=" + p("csv/not-a-number.csv")),
                p("csv/not-a-number.csv").toString(),
                "line 6, column 3"));
        c.add(pretrain(
                "CSV pixel value out of 0–255",
                "az-csv",
                List.of("file=" + p("csv/pixel-300.csv")),
                p("csv/pixel-300.csv").toString(),
                "300",
                "line 6, column 785"));
        c.add(pretrain(
                "CSV label outside 0–25",
                "az-csv",
                List.of("file=" + p("csv/label-26.csv")),
                p("csv/label-26.csv").toString(),
                "26",
                "line 6, column 1"));
        c.add(pretrain(
                "unreadable image in a class folder",
                "letter-folders",
                List.of("root=" + p("folders/unreadable")),
                p("folders/unreadable/Training/B/torn.png").toString(),
                "onBadFile=skip"));
        c.add(pretrain(
                "empty class folder",
                "letter-folders",
                List.of("root=" + p("folders/empty-class")),
                p("folders/empty-class/Training/C").toString()));
        c.add(pretrain(
                "no class folders at all",
                "letter-folders",
                List.of("root=" + p("folders/no-classes")),
                p("folders/no-classes/Training").toString()));
        return c;
    }
}
