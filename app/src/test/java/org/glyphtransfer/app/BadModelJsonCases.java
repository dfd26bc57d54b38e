package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.evaluate;
import static org.glyphtransfer.app.BadInputCase.p;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where model.json was edited into
 * something its schema refuses before anything is built: a huge input shape, a null class name, a
 * parameter file outside the folder, an option the architecture lacks and a dataset no plugin provides.
 */
final class BadModelJsonCases {
    private BadModelJsonCases() {}

    static List<BadInputCase> cases() {
        List<BadInputCase> c = new ArrayList<>();
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
        return c;
    }
}
