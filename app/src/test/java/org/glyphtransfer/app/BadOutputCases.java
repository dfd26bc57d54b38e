package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.duringWork;
import static org.glyphtransfer.app.BadInputCase.mounted;
import static org.glyphtransfer.app.BadInputCase.p;
import static org.glyphtransfer.app.BadInputCase.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where the output cannot or must not be
 * written: a folder glyph did not write, a file where a folder belongs, a folder that cannot be
 * created, a read-only file system and a disk that fills up while training writes.
 */
final class BadOutputCases {
    private BadOutputCases() {}

    static List<BadInputCase> cases() {
        String good28 = "dir=" + p("idx/good28");
        List<BadInputCase> c = new ArrayList<>();
        c.add(run(
                "output folder exists and is not glyph's (pretrain)",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("foreign").toString()),
                p("foreign"),
                p("foreign").toString(),
                "--overwrite"));
        c.add(run(
                "output folder exists and is not glyph's (evaluate --out)",
                List.of(
                        "evaluate",
                        "--model",
                        p("models/m28").toString(),
                        "--out",
                        p("foreign").toString()),
                p("foreign"),
                p("foreign").toString(),
                "--overwrite"));
        c.add(run(
                "output is a file",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("a-file").toString()),
                p("a-file"),
                p("a-file").toString()));
        c.add(run(
                "output folder inside a file",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("a-file/model").toString()),
                p("a-file"),
                p("a-file").toString(),
                "not a folder"));
        c.add(run(
                "output folder cannot be created (/proc refuses even root)",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        "/proc/glyph-bad-input/model"),
                Path.of("/proc/glyph-bad-input"),
                "/proc/glyph-bad-input/model"));
        c.add(run(
                "contact sheet in a folder that cannot be created",
                List.of(
                        "dataset",
                        "preview",
                        "idx",
                        "--option",
                        good28,
                        "--out",
                        p("a-file/sheet.png").toString()),
                p("a-file"),
                p("a-file/sheet.png").toString(),
                "a file already exists at " + p("a-file")));
        c.add(mounted(run(
                "output folder on a read-only file system",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("mnt/read-only").toString()),
                p("mnt/read-only"),
                p("mnt/read-only").toString())));
        c.add(mounted(run(
                "new output folder on a read-only file system",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("mnt/read-only/model").toString()),
                p("mnt/read-only"),
                p("mnt/read-only/model").toString(),
                "read-only")));
        c.add(mounted(duringWork(run(
                "disk full while training writes its output (64 KiB tmpfs)",
                List.of(
                        "pretrain",
                        "--model",
                        "simple-cnn",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "1",
                        "--out",
                        p("mnt/full/model").toString()),
                p("mnt/full"),
                p("mnt/full/model").toString(),
                "No space left on device"))));
        return c;
    }
}
