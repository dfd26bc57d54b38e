package org.glyphtransfer.datasets.folders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphtransfer.api.ClassSelection;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;

/**
 * Which class folders a task uses. Multi-class tasks leave out {@code Not<class>} folders (they
 * hold counter-examples for one-vs-rest tasks); {@code binary=<class>} uses exactly {@code <class>}
 * (label 0) and {@code Not<class>} (label 1); {@code classes} keeps a subset.
 */
final class ClassPlan {
    private ClassPlan() {}

    /**
     * @param owner the plugin, for messages
     * @param folders the scanned folders
     * @param binary the {@code binary} option, if set
     * @param classes the {@code classes} option, if set
     * @return the class folder names in label order
     */
    static List<String> choose(String owner, ClassFolders folders, Optional<String> binary, Optional<String> classes) {
        List<String> all = folders.classNames();
        if (binary.isPresent()) {
            if (classes.isPresent()) {
                throw new GlyphException("Options 'binary' and 'classes' of " + owner + " cannot be used together;"
                        + " 'binary' already picks its two classes.");
            }
            String positive = binary.get().trim();
            String negative = "Not" + positive;
            for (String needed : List.of(positive, negative)) {
                if (!all.contains(needed)) {
                    throw new GlyphException("Option 'binary=" + positive + "' of " + owner + " needs a class folder "
                            + folders.trainDir().resolve(needed) + ", which does not exist"
                            + Suggestions.hint(needed, all)
                            + "; binary tasks need both <class> and Not<class> folders.");
                }
            }
            return List.of(positive, negative);
        }
        List<String> multi = new ArrayList<>();
        for (String name : all) {
            if (!isCounterExample(name)) {
                multi.add(name);
            }
        }
        if (multi.isEmpty()) {
            throw new GlyphException(
                    "Dataset folder " + folders.trainDir() + " has only Not<class> folders; multi-class"
                            + " tasks need class folders, or use the option 'binary=<class>'.");
        }
        return classes.map(value -> ClassSelection.parse(owner, "classes", value, multi))
                .orElse(multi);
    }

    /** {@code NotA}, {@code Not_cat}: yes; {@code Notes}: no, a lower-case letter continues the word. */
    static boolean isCounterExample(String name) {
        return name.length() > 3 && name.startsWith("Not") && !Character.isLowerCase(name.charAt(3));
    }
}
