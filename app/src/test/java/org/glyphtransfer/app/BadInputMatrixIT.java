package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.p;
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
 * {@code --quiet}, so the error is all stderr holds. All inputs are generated here; the rows come from
 * the case tables, one per theme ({@link BadOptionCases}, {@link BadDataCases}, {@link
 * BadModelFolderCases}, {@link BadExperimentFileCases}, {@link BadOutputCases}, {@link
 * BadModelJsonCases}), and the table of cases with their messages is written to {@code
 * target/bad-input-matrix.md} for docs/reliability.md.
 */
class BadInputMatrixIT {
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z]\\w*(Exception|Error)\\b");

    @TempDir
    static Path work;

    static GlyphProcess glyph;
    static final TmpfsMounts MOUNTS = new TmpfsMounts();
    static boolean mounted;
    static final Map<Integer, String> ROWS = new ConcurrentSkipListMap<>();

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

    static Stream<BadInputCase> cases() {
        return Stream.of(
                        BadOptionCases.cases(),
                        BadDataCases.cases(),
                        BadModelFolderCases.cases(),
                        BadExperimentFileCases.cases(),
                        BadOutputCases.cases(),
                        BadModelJsonCases.cases())
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void refusesWithOneSentenceNamingTheCulprit(BadInputCase c) throws Exception {
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
}
