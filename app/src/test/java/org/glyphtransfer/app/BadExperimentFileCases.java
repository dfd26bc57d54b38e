package org.glyphtransfer.app;

import static org.glyphtransfer.app.BadInputCase.experiment;
import static org.glyphtransfer.app.BadInputCase.p;
import static org.glyphtransfer.app.BadInputCase.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the bad-input matrix ({@link BadInputMatrixIT}) where an experiment file is wrong: not
 * YAML, not a mapping, not UTF-8, an unknown key, a value of the wrong type or out of range, an unknown
 * plugin option, or no file at all.
 */
final class BadExperimentFileCases {
    private BadExperimentFileCases() {}

    static List<BadInputCase> cases() {
        List<BadInputCase> c = new ArrayList<>();
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
        return c;
    }
}
