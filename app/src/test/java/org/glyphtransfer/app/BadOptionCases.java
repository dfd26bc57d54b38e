package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.out;
import static org.glyphtransfer.app.BadInputCase.p;
import static org.glyphtransfer.app.BadInputCase.pretrain;
import static org.glyphtransfer.app.BadInputCase.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where a plugin, a plugin option or a
 * command-line option is wrong: unknown dataset, model, device, baseline or option key, option values
 * of the wrong type, out of range or not among the choices, and a plugins folder that is missing.
 */
final class BadOptionCases {
    private BadOptionCases() {}

    static List<BadInputCase> cases() {
        String good28 = "dir=" + p("idx/good28");
        List<BadInputCase> c = new ArrayList<>();
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
        return c;
    }
}
