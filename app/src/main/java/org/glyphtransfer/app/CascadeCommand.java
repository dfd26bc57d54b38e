package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.transfer.store.CascadeFolders;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.Specialist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glyph cascade}: a copy of a model whose specialists decide among their classes, e.g. a model
 * trained only on O and 0 for a digits-and-letters model. The inputs are only read.
 */
@Command(
        name = "cascade",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Attach specialists to a model: a new model folder in which each specialist decides among its classes"
                    + " whenever the model's best class is one of them.",
            "Train a specialist on a class subset, e.g. --dataset merge --option classes=O,0."
        })
final class CascadeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The main model folder.")
    Path model;

    @Option(
            names = "--specialist",
            required = true,
            paramLabel = "DIR",
            description = "A model folder trained on a subset of the main model's classes (repeatable).")
    List<Path> specialists;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The new model folder.")
    Path out;

    @Option(names = "--overwrite", description = "Replace --out when it holds a model folder.")
    boolean overwrite;

    @Override
    public void run() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("the model folder", model);
        for (Path s : specialists) {
            inputs.put("the specialist folder " + s, s);
        }
        PathRules.requireApart("--out", out, inputs);
        if (Files.exists(out)) {
            if (!overwrite || !ModelFolder.isModelFolder(out)) {
                throw new GlyphException("--out " + out + " exists; choose a new folder"
                        + (ModelFolder.isModelFolder(out) ? " or add --overwrite to replace that model." : "."));
            }
        }
        // Everything is checked before the old folder goes: a bad specialist leaves --out as it was.
        Provenance main = ModelFolder.readProvenance(model);
        for (Path s : specialists) {
            org.glyphtransfer.transfer.store.SpecialistChecks.check(model, main, s);
        }
        if (Files.exists(out)) {
            CascadeStep.deleteTree(out);
        }
        Provenance p = CascadeFolders.attach(model, specialists, out);
        PrintWriter w = spec.commandLine().getOut();
        for (Specialist s : p.cascade()) {
            w.println("specialist " + s.folder() + " decides among " + String.join(", ", s.classes()));
        }
        w.println("model with its cascade written to " + out);
        w.flush();
    }
}
