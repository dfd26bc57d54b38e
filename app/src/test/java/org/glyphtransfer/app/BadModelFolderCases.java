package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.evaluate;
import static org.glyphtransfer.app.BadInputCase.out;
import static org.glyphtransfer.app.BadInputCase.p;
import static org.glyphtransfer.app.BadInputCase.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where a model folder is wrong or does
 * not fit the data: a missing or foreign folder, a missing, truncated or tampered parameter file, a
 * broken or edited model.json, and a model used on images of another size or another class count.
 */
final class BadModelFolderCases {
    private BadModelFolderCases() {}

    static List<BadInputCase> cases() {
        String good28 = "dir=" + p("idx/good28");
        List<BadInputCase> c = new ArrayList<>();
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
        return c;
    }
}
