package org.glyphtransfer.transfer.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code cascade} field of {@code model.json}, checked as untrusted input: a bounded list of
 * specialists, each naming two or more distinct classes of the model (no class in two specialists)
 * and a folder inside the model folder.
 */
final class CascadeSchema {
    /** Most specialists one model may name. */
    static final int MAX_SPECIALISTS = 64;

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("classes", "folder"));

    private CascadeSchema() {}

    static List<Specialist> specialists(JsonFields top, List<String> modelClasses) {
        JsonElement e = top.optional("cascade");
        if (e == null) {
            return List.of();
        }
        JsonArray a = top.array("cascade", e, 1, MAX_SPECIALISTS);
        List<Specialist> out = new ArrayList<>();
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String field = "cascade[" + i + "]";
            JsonFields f = new JsonFields(top.file(), field, top.object(field, a.get(i)));
            f.onlyKnown(FIELDS);
            JsonArray names = f.array(
                    "classes",
                    f.required("classes", "the list of classes the specialist decides among"),
                    2,
                    modelClasses.size());
            List<String> classes = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                String name = f.text("classes[" + j + "]", names.get(j), 1, 200);
                if (!modelClasses.contains(name)) {
                    throw f.error(
                            "classes[" + j + "]",
                            "names the class '" + name + "', which is not a class of this model; a specialist decides"
                                    + " among classes of the model");
                }
                Integer earlier = owner.putIfAbsent(name, i);
                if (earlier != null) {
                    throw f.error(
                            "classes[" + j + "]",
                            "names the class '" + name + "' again (cascade[" + earlier + "] has it already); each"
                                    + " class may have one specialist");
                }
                classes.add(name);
            }
            out.add(new Specialist(classes, folder(f)));
        }
        return out;
    }

    private static String folder(JsonFields f) {
        String folder = f.text("folder", f.required("folder", "the specialist's folder inside this model's"), 1, 500);
        boolean inside;
        try {
            Path p = Path.of(folder);
            inside = !p.isAbsolute()
                    && p.normalize().equals(p)
                    && !p.startsWith("..")
                    && !folder.contains("\\")
                    && !folder.isBlank();
        } catch (InvalidPathException bad) {
            inside = false;
        }
        if (!inside) {
            throw f.error(
                    "folder",
                    "must be a relative path inside the model folder without '..' (e.g. specialists/1), not '" + folder
                            + "'");
        }
        return folder;
    }
}
