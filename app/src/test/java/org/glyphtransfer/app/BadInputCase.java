package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the bad-input matrix ({@link BadInputMatrixIT}), and the factories the case tables
 * build their rows with. Paths are made under {@link BadInputMatrixIT#work}, the matrix's temporary
 * folder, which JUnit sets before the cases are asked for.
 *
 * @param what what is wrong, for people
 * @param args the command line, without {@code --quiet}
 * @param culprit fragments the message must contain: the file, option, value or key at fault
 * @param out the output path the run must leave as it was, or null
 * @param needsTmpfs true when the case needs a tmpfs mount (root only)
 * @param duringWork true when the fault shows only once work has started (a full disk): the per-epoch
 *     lines of {@code --quiet} may come before the error line, which must then be the last line
 */
record BadInputCase(
        String what, List<String> args, List<String> culprit, Path out, boolean needsTmpfs, boolean duringWork) {
    @Override
    public String toString() {
        return what;
    }

    static Path p(String relative) {
        return BadInputMatrixIT.work.resolve(relative);
    }

    static String out(String name) {
        return p("out").resolve(name).toString();
    }

    static BadInputCase run(String what, List<String> args, Object out, String... culprit) {
        Path path = out == null ? null : out instanceof Path ? (Path) out : Path.of((String) out);
        return new BadInputCase(what, args, List.of(culprit), path, false, false);
    }

    static BadInputCase mounted(BadInputCase c) {
        return new BadInputCase(c.what(), c.args(), c.culprit(), c.out(), true, c.duringWork());
    }

    static BadInputCase duringWork(BadInputCase c) {
        return new BadInputCase(c.what(), c.args(), c.culprit(), c.out(), c.needsTmpfs(), true);
    }

    static BadInputCase pretrain(String what, String dataset, List<String> options, String... culprit) {
        String out = out(what.replaceAll("[^A-Za-z0-9]+", "-"));
        List<String> args =
                new ArrayList<>(List.of("pretrain", "--model", "linear", "--dataset", dataset, "--epochs", "1"));
        options.forEach(o -> args.addAll(List.of("--option", o)));
        args.addAll(List.of("--out", out));
        return run(what, args, out, culprit);
    }

    static BadInputCase evaluate(String what, String model, String... culprit) {
        return run(
                what, List.of("evaluate", "--model", p("models").resolve(model).toString()), null, culprit);
    }

    static BadInputCase experiment(String what, String file, String... culprit) {
        List<String> all = new ArrayList<>(List.of(culprit));
        all.add(0, p("yaml").resolve(file + ".yaml").toString());
        return run(
                what,
                List.of("run", p("yaml").resolve(file + ".yaml").toString()),
                p("out/yaml"),
                all.toArray(new String[0]));
    }
}
