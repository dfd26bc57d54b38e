package org.glyphtransfer.transfer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;

/**
 * Makes a model folder with a cascade: a copy of the main model whose {@code model.json} names its
 * specialists, each copied into {@code specialists/N/} inside it, so the folder moves as one. The
 * inputs are only read; the new folder appears whole or not at all.
 */
public final class CascadeFolders {
    /** Where the specialists go inside the new folder. */
    public static final String SPECIALISTS = "specialists";

    private CascadeFolders() {}

    /**
     * Writes the new folder.
     *
     * @param mainDir the main model (its own cascade, if any, is kept and extended)
     * @param specialistDirs the specialists to add, each trained on a subset of the main model's classes
     * @param out the new folder; must not exist
     * @return the new folder's provenance
     * @throws GlyphException when a specialist does not fit, two specialists share a class, or writing fails
     */
    public static Provenance attach(Path mainDir, List<Path> specialistDirs, Path out) {
        Provenance main = ModelFolder.readProvenance(mainDir);
        List<Specialist> cascade = new ArrayList<>(main.cascade());
        Map<String, Path> owner = new HashMap<>();
        for (Specialist s : main.cascade()) {
            s.classes().forEach(c -> owner.put(c, mainDir.resolve(s.folder())));
        }
        List<Path> copies = new ArrayList<>();
        for (Path dir : specialistDirs) {
            Provenance s = SpecialistChecks.check(mainDir, main, dir);
            for (String c : s.classNames()) {
                Path earlier = owner.putIfAbsent(c, dir);
                if (earlier != null) {
                    throw new GlyphException("Specialists " + earlier + " and " + dir + " both decide the class '" + c
                            + "'; give each class one specialist.");
                }
            }
            String folder = freeName(cascade);
            cascade.add(new Specialist(s.classNames(), folder));
            copies.add(dir);
        }
        Provenance combined = main.toBuilder().cascade(cascade).build();
        List<Specialist> added = cascade.subList(main.cascade().size(), cascade.size());
        try {
            AtomicFiles.writeFolder(out, tmp -> {
                copyModel(mainDir, main, tmp);
                for (Specialist s : main.cascade()) {
                    copyTree(mainDir.resolve(s.folder()), tmp.resolve(s.folder()));
                }
                for (int i = 0; i < added.size(); i++) {
                    Path dir = copies.get(i);
                    copyModel(
                            dir,
                            ModelFolder.readProvenance(dir),
                            tmp.resolve(added.get(i).folder()));
                }
                Files.write(tmp.resolve(ModelFolder.MODEL_JSON), ModelJson.toBytes(combined));
            });
        } catch (IOException e) {
            throw new GlyphException("Could not write the model folder " + out + " (" + IoErrors.reason(e) + ").", e);
        }
        return combined;
    }

    private static String freeName(List<Specialist> taken) {
        for (int n = 1; ; n++) {
            String name = SPECIALISTS + "/" + n;
            if (taken.stream().noneMatch(s -> s.folder().equals(name))) {
                return name;
            }
        }
    }

    /** The files a model needs: its parameters and model.json (the caller may write a new model.json after). */
    private static void copyModel(Path from, Provenance p, Path to) throws IOException {
        Files.createDirectories(to);
        String params = p.parameterFile() == null ? ModelFolder.PARAMETERS : p.parameterFile();
        Files.copy(from.resolve(params), to.resolve(params));
        Files.write(to.resolve(ModelFolder.MODEL_JSON), ModelJson.toBytes(p));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        copyModel(from, ModelFolder.readProvenance(from), to);
        Provenance p = ModelFolder.readProvenance(from);
        for (Specialist s : p.cascade()) {
            copyTree(from.resolve(s.folder()), to.resolve(s.folder()));
        }
    }
}
