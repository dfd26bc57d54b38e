package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputFiles.TRAIN_IMAGES;
import static org.glyphtransfer.app.BadInputFiles.TRAIN_LABELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input matrix (issue 8): every way a user can hand glyph something wrong, run against the
 * real {@code glyph.jar} in a fresh process. Each case must exit with code 2 and print exactly one
 * line on stderr, {@code glyph: <one sentence>}, that names the culprit, with no stack trace or
 * exception class, and must leave its output path as it was (absent, or unchanged). Runs use
 * {@code --quiet}, so the error is all stderr holds. All inputs are generated; the table of cases
 * with their messages is written to {@code target/bad-input-matrix.md} for docs/reliability.md.
 */
class BadInputMatrixIT {
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z]\\w*(Exception|Error)\\b");

    @TempDir
    static Path work;

    static GlyphProcess glyph;
    static final TmpfsMounts MOUNTS = new TmpfsMounts();
    static boolean mounted;
    static final Map<Integer, String> ROWS = new ConcurrentSkipListMap<>();

    /**
     * One row of the matrix.
     *
     * @param what what is wrong, for people
     * @param args the command line, without {@code --quiet}
     * @param culprit fragments the message must contain: the file, option, value or key at fault
     * @param out the output path the run must leave as it was, or null
     * @param needsTmpfs true when the case needs a tmpfs mount (root only)
     * @param duringWork true when the fault shows only once work has started (a full disk): the per-epoch
     *     lines of {@code --quiet} may come before the error line, which must then be the last line
     */
    record Case(
            String what, List<String> args, List<String> culprit, Path out, boolean needsTmpfs, boolean duringWork) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void writeInputs() throws Exception {
        glyph = new GlyphProcess(work, work.resolve("no-data-root"));
        BadInputFiles.idxDataset(p("idx/good28"), 100, 28, 10);
        BadInputFiles.idxDataset(p("idx/good32"), 100, 32, 10);
        BadInputFiles.idxDataset(p("idx/good26"), 104, 28, 26);
        byte[] images = BadInputFiles.read(p("idx/good28").resolve(TRAIN_IMAGES));
        byte[] wrongMagic = images.clone();
        wrongMagic[2] = 0x0D;
        BadInputFiles.idxVariant(p("idx/good28"), p("idx/magic"), TRAIN_IMAGES, TRAIN_IMAGES, wrongMagic);
        BadInputFiles.idxVariant(
                p("idx/good28"), p("idx/truncated"), TRAIN_IMAGES, TRAIN_IMAGES, Arrays.copyOf(images, 5000));
        byte[] gz = BadInputFiles.gzip(images);
        BadInputFiles.idxVariant(
                p("idx/good28"), p("idx/gzip"), TRAIN_IMAGES, TRAIN_IMAGES + ".gz", Arrays.copyOf(gz, gz.length / 2));
        BadInputFiles.idxVariant(
                p("idx/good28"), p("idx/count"), TRAIN_LABELS, TRAIN_LABELS, BadInputFiles.idxLabels(99, 10));

        String good = BadInputFiles.csvRow(3);
        BadInputFiles.csvWithBadRow(p("csv/extra-column.csv"), 4, good + ",0");
        BadInputFiles.csvWithBadRow(p("csv/short-row.csv"), 4, good.substring(0, good.length() - 200));
        BadInputFiles.csvWithBadRow(p("csv/not-a-number.csv"), 6, "3,0,x7" + good.substring(5));
        BadInputFiles.csvWithBadRow(p("csv/pixel-300.csv"), 6, good.substring(0, good.length() - 1) + "300");
        BadInputFiles.csvWithBadRow(p("csv/label-26.csv"), 6, "26" + good.substring(1));

        BadInputFiles.letterFolders(p("folders/unreadable"), "A", "B");
        BadInputFiles.write(
                p("folders/unreadable/Training/B/torn.png"),
                Arrays.copyOf(BadInputFiles.read(p("folders/unreadable/Training/B/B0.png")), 30));
        BadInputFiles.letterFolders(p("folders/empty-class"), "A", "B");
        Files.createDirectories(p("folders/empty-class/Training/C"));
        Files.createDirectories(p("folders/empty-class/Testing/C"));
        Files.createDirectories(p("folders/no-classes/Training"));
        Files.createDirectories(p("folders/no-classes/Testing"));

        GlyphProcess.Result trained = glyph.run(List.of(
                "pretrain",
                "--model",
                "linear",
                "--dataset",
                "idx",
                "--option",
                "dir=" + p("idx/good28"),
                "--epochs",
                "1",
                "--out",
                p("models/m28").toString(),
                "--quiet"));
        assertEquals(0, trained.code(), "the model the model-folder cases damage could not be trained: " + trained);
        Path model = p("models/m28");
        Files.delete(BadInputFiles.copyFolder(model, p("models/params-missing")).resolve("model-0000.params"));
        byte[] params = BadInputFiles.read(model.resolve("model-0000.params"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/params-truncated")).resolve("model-0000.params"),
                Arrays.copyOf(params, params.length / 2));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/params-tampered")).resolve("model-0000.params"),
                BadInputFiles.flipBit(params, params.length / 2));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-broken")).resolve("model.json"),
                "{\"architecture\": \"linear\", oops\n");
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-empty")).resolve("model.json"), "{\"format\": 1}\n");
        String json = Files.readString(model.resolve("model.json"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-architecture")).resolve("model.json"),
                json.replace("\"architecture\": \"linear\"", "\"architecture\": \"no-such-net\""));
        // model.json is not covered by the checksum: a class added by hand, or another input size.
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-classes")).resolve("model.json"),
                json.replaceFirst("\"9\"\\s*]", "\"9\", \"10\"]"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-shape")).resolve("model.json"),
                json.replaceFirst("28,\\s*28\\s*]", "32, 32]"));

        // model.json is untrusted input: the whole file is checked against its schema before anything is built.
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-huge-shape")).resolve("model.json"),
                json.replaceFirst("28,\\s*28\\s*]", "28000, 28000]"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-null-class")).resolve("model.json"),
                json.replaceFirst("\"classNames\": \\[\\s*\"0\"", "\"classNames\": [null"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-outside")).resolve("model.json"),
                json.replace(
                        "\"parameterFile\": \"model-0000.params\"", "\"parameterFile\": \"../../other/model.params\""));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-option")).resolve("model.json"),
                json.replaceFirst(
                        "\"architectureOptions\": \\{[^}]*}", "\"architectureOptions\": {\"hidden\": \"64\"}"));
        BadInputFiles.write(
                BadInputFiles.copyFolder(model, p("models/json-dataset")).resolve("model.json"),
                json.replace("\"dataset\": \"idx\"", "\"dataset\": \"no-such-data\""));

        BadInputFiles.write(p("yaml/not-yaml.yaml"), "out: [unclosed\npretrain: {model: linear\n");
        BadInputFiles.write(p("yaml/list.yaml"), "- pretrain\n- transfer\n");
        BadInputFiles.write(p("yaml/latin1.yaml"), new byte[] {'o', 'u', 't', ':', ' ', (byte) 0xE9, '\n'});
        String transfer = "out: " + p("out/yaml") + "\ntransfer:\n  from: " + model + "\n  dataset: idx\n";
        BadInputFiles.write(p("yaml/unknown-key.yaml"), transfer + "  head-epoch: 3\n");
        BadInputFiles.write(p("yaml/wrong-type.yaml"), transfer + "  head-epochs: three\n");
        BadInputFiles.write(p("yaml/out-of-range.yaml"), transfer + "  batch: 0\n");
        BadInputFiles.write(p("yaml/plugin-option.yaml"), transfer + "  option: {bogus: 1}\n");

        BadInputFiles.write(p("foreign/notes.txt"), "my own notes, not a model\n");
        BadInputFiles.write(p("a-file"), "a file where a folder is expected\n");
        mounted = MOUNTS.mount(p("mnt/full"), false) && MOUNTS.mount(p("mnt/read-only"), true);
    }

    @AfterAll
    static void unmountAndWriteTable() throws IOException {
        MOUNTS.close();
        Path target = Paths.get(System.getProperty("glyph.jar", "target/glyph.jar"))
                .toAbsolutePath()
                .getParent();
        List<String> lines = new ArrayList<>(List.of("| # | what is wrong | command | message |", "|---|---|---|---|"));
        lines.addAll(ROWS.values());
        Files.write(target.resolve("bad-input-matrix.md"), lines);
    }

    static Stream<Case> cases() {
        String good28 = "dir=" + p("idx/good28");
        List<Case> c = new ArrayList<>();
        // Plugins and options
        c.add(pretrain("unknown dataset plugin", "no-such-data", List.of(), "'no-such-data'"));
        c.add(run(
                "unknown model plugin",
                List.of(
                        "pretrain",
                        "--model",
                        "no-such-net",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--out",
                        out("unknown-model")),
                out("unknown-model"),
                "'no-such-net'"));
        c.add(pretrain("unknown dataset option key", "idx", List.of(good28, "colour=red"), "'colour'"));
        c.add(pretrain(
                "option value of the wrong type", "idx", List.of(good28, "perClass=many"), "'perClass'", "'many'"));
        c.add(pretrain(
                "option value out of range", "idx", List.of(good28, "valFraction=1.5"), "'valFraction'", "'1.5'"));
        c.add(pretrain(
                "option value not among the choices",
                "letter-folders",
                List.of("preprocess=blur"),
                "'preprocess'",
                "'blur'"));
        c.add(pretrain("option not written key=value", "idx", List.of("perClass"), "'perClass'", "key=value"));
        c.add(run(
                "model option out of range",
                List.of(
                        "pretrain",
                        "--model",
                        "mlp",
                        "--model-option",
                        "hidden=0",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--out",
                        out("model-option")),
                out("model-option"),
                "'hidden'",
                "'0'"));
        c.add(run(
                "command option of the wrong type",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "lots",
                        "--out",
                        out("epochs-type")),
                out("epochs-type"),
                "--epochs must be a whole number",
                "'lots'"));
        c.add(run(
                "command option out of range",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epochs",
                        "0",
                        "--out",
                        out("epochs-range")),
                out("epochs-range"),
                "epoch",
                "0"));
        c.add(run(
                "unknown command option",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--epoch",
                        "3",
                        "--out",
                        out("unknown-flag")),
                out("unknown-flag"),
                "'--epoch'"));
        c.add(run(
                "unknown device",
                List.of(
                        "pretrain",
                        "--model",
                        "linear",
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--device",
                        "tpu",
                        "--out",
                        out("device")),
                out("device"),
                "'tpu'"));
        c.add(run(
                "unknown baseline",
                List.of(
                        "transfer",
                        "--from",
                        p("models/m28").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--baseline",
                        "ensemble",
                        "--out",
                        out("baseline")),
                out("baseline"),
                "'ensemble'"));
        c.add(run(
                "plugins folder missing",
                List.of("datasets", "--plugins", p("no-plugins").toString()),
                null,
                p("no-plugins").toString()));
        // Data root and data files
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
        // Model folders
        c.add(evaluate("model folder missing", "absent", p("models/absent").toString()));
        c.add(run(
                "folder is not a model folder",
                List.of("evaluate", "--model", p("idx/good28").toString()),
                null,
                p("idx/good28").toString(),
                "model.json"));
        c.add(evaluate(
                "parameter file missing",
                "params-missing",
                p("models/params-missing/model-0000.params").toString()));
        c.add(evaluate(
                "parameter file truncated",
                "params-truncated",
                p("models/params-truncated/model-0000.params").toString(),
                "checksum"));
        c.add(evaluate(
                "parameter file tampered (one bit)",
                "params-tampered",
                p("models/params-tampered/model-0000.params").toString(),
                "checksum"));
        c.add(evaluate(
                "model.json is not JSON",
                "json-broken",
                p("models/json-broken/model.json").toString()));
        c.add(evaluate(
                "model.json lacks its fields",
                "json-empty",
                p("models/json-empty/model.json").toString()));
        c.add(evaluate(
                "model.json names an architecture no plugin provides",
                "json-architecture",
                p("models/json-architecture/model.json").toString(),
                "'no-such-net'"));
        c.add(run(
                "model.json edited: one class more than the parameters hold",
                List.of(
                        "evaluate",
                        "--model",
                        p("models/json-classes").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        good28,
                        "--option",
                        "classNames=0,1,2,3,4,5,6,7,8,9,10"),
                null,
                p("models/json-classes/model-0000.params").toString(),
                "11 classes",
                "(10, 784)",
                "(11, 784)"));
        c.add(run(
                "model.json edited: another input size than the parameters take",
                List.of(
                        "evaluate",
                        "--model",
                        p("models/json-shape").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + p("idx/good32")),
                null,
                p("models/json-shape/model-0000.params").toString(),
                "(1, 32, 32)",
                "(10, 784)",
                "(10, 1024)"));
        c.add(run(
                "transfer a 28×28 model to 32×32 images",
                List.of(
                        "transfer",
                        "--from",
                        p("models/m28").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + p("idx/good32"),
                        "--head-epochs",
                        "1",
                        "--fine-epochs",
                        "1",
                        "--out",
                        out("shape")),
                out("shape"),
                "(1, 28, 28)",
                "(1, 32, 32)"));
        c.add(run(
                "evaluate a 28×28 model on 32×32 images",
                List.of(
                        "evaluate",
                        "--model",
                        p("models/m28").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + p("idx/good32"),
                        "--out",
                        out("eval-shape")),
                out("eval-shape"),
                "(1, 28, 28)",
                "(1, 32, 32)"));
        c.add(run(
                "evaluate a 10-class model on a 26-class dataset",
                List.of(
                        "evaluate",
                        "--model",
                        p("models/m28").toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + p("idx/good26"),
                        "--out",
                        out("eval-classes")),
                out("eval-classes"),
                p("models/m28").toString(),
                "10 classes",
                "26 classes"));
        // Experiment files
        c.add(experiment("experiment file is not YAML", "not-yaml", "line 2"));
        c.add(experiment("experiment file is a list, not a mapping", "list", "a list"));
        c.add(experiment("experiment file is not UTF-8", "latin1", "UTF-8"));
        c.add(experiment(
                "experiment key unknown",
                "unknown-key",
                "'transfer.head-epoch'",
                "did you mean 'transfer.head-epochs'"));
        c.add(experiment("experiment value of the wrong type", "wrong-type", "'transfer.head-epochs'", "'three'"));
        c.add(experiment("experiment value out of range", "out-of-range", "'transfer.batch'", "0"));
        c.add(experiment("experiment plugin option unknown", "plugin-option", "section 'transfer'", "'bogus'"));
        c.add(run(
                "experiment file missing",
                List.of("run", p("yaml/absent.yaml").toString()),
                null,
                p("yaml/absent.yaml").toString()));
        // Output folders
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
        c.add(evaluate(
                "model.json edited: an input shape of 28000×28000",
                "json-huge-shape",
                p("models/json-huge-shape/model.json").toString(),
                "'inputShape[1]'"));
        c.add(evaluate(
                "model.json edited: a class name that is null",
                "json-null-class",
                p("models/json-null-class/model.json").toString(),
                "'classNames[0]'"));
        c.add(evaluate(
                "model.json edited: a parameter file outside the folder",
                "json-outside",
                p("models/json-outside/model.json").toString(),
                "'parameterFile'"));
        c.add(evaluate(
                "model.json edited: an option the architecture does not have",
                "json-option",
                p("models/json-option/model.json").toString(),
                "'architectureOptions'",
                "'hidden'"));
        c.add(evaluate(
                "model.json edited: a dataset no plugin provides",
                "json-dataset",
                p("models/json-dataset/model.json").toString(),
                "'dataset'",
                "'no-such-data'"));
        return c.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void refusesWithOneSentenceNamingTheCulprit(Case c) throws Exception {
        if (c.needsTmpfs()) {
            assumeTrue(mounted, "needs root to mount a 64 KiB tmpfs (full disk, read-only file system); skipped");
        }
        Map<String, String> before = c.out() == null ? null : OutputSnapshot.of(c.out());
        List<String> args = new ArrayList<>(c.args());
        args.add("--quiet");
        GlyphProcess.Result run = glyph.run(args);
        String context = c.what() + ": glyph " + String.join(" ", args) + "\n" + run;
        assertEquals(GlyphMain.USER_ERROR, run.code(), context);
        assertFalse(CliRun.hasStackTrace(run.err()) || run.err().contains("\tat "), "stack trace: " + context);
        assertFalse(EXCEPTION_NAME.matcher(run.err()).find(), "exception class name in the message: " + context);
        List<String> lines = run.err().lines().toList();
        assertEquals(
                1,
                c.duringWork()
                        ? lines.stream().filter(l -> l.startsWith("glyph: ")).count()
                        : lines.size(),
                "stderr must be exactly one line: " + context);
        String message = lines.get(lines.size() - 1);
        assertTrue(message.startsWith("glyph: ") && message.length() > 20, context);
        assertTrue(message.matches(".*[.!?]\\)?"), "the message must end a sentence: " + context);
        for (String fragment : c.culprit()) {
            assertTrue(message.contains(fragment), "the message must name '" + fragment + "': " + context);
        }
        if (c.out() != null) {
            assertEquals(before, OutputSnapshot.of(c.out()), "the output must be left as it was: " + context);
        }
        int row = ROWS.size() + 1;
        ROWS.put(
                row,
                "| " + row + " | " + c.what() + " | `glyph " + shown(String.join(" ", c.args())) + "` | "
                        + shown(message).replace("|", "\\|") + " |");
    }

    private static String shown(String text) {
        return text.replace(work.toString(), "$WORK");
    }

    private static Path p(String relative) {
        return work.resolve(relative);
    }

    private static String out(String name) {
        return p("out").resolve(name).toString();
    }

    private static Case run(String what, List<String> args, Object out, String... culprit) {
        Path path = out == null ? null : out instanceof Path ? (Path) out : Path.of((String) out);
        return new Case(what, args, List.of(culprit), path, false, false);
    }

    private static Case mounted(Case c) {
        return new Case(c.what(), c.args(), c.culprit(), c.out(), true, c.duringWork());
    }

    private static Case duringWork(Case c) {
        return new Case(c.what(), c.args(), c.culprit(), c.out(), c.needsTmpfs(), true);
    }

    private static Case pretrain(String what, String dataset, List<String> options, String... culprit) {
        String out = out(what.replaceAll("[^A-Za-z0-9]+", "-"));
        List<String> args =
                new ArrayList<>(List.of("pretrain", "--model", "linear", "--dataset", dataset, "--epochs", "1"));
        options.forEach(o -> args.addAll(List.of("--option", o)));
        args.addAll(List.of("--out", out));
        return run(what, args, out, culprit);
    }

    private static Case evaluate(String what, String model, String... culprit) {
        return run(
                what, List.of("evaluate", "--model", p("models").resolve(model).toString()), null, culprit);
    }

    private static Case experiment(String what, String file, String... culprit) {
        List<String> all = new ArrayList<>(List.of(culprit));
        all.add(0, p("yaml").resolve(file + ".yaml").toString());
        return run(
                what,
                List.of("run", p("yaml").resolve(file + ".yaml").toString()),
                p("out/yaml"),
                all.toArray(new String[0]));
    }
}
