package org.glyphtransfer.datasets.folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.UserPaths;

/**
 * The image files of a folder dataset, by split and class: {@code root/Training/<class>/*} and
 * {@code root/Testing/<class>/*}, or {@code root/<class>/*} with no test folder. Class = folder
 * name. Only image files count (png, jpg, jpeg, bmp, gif, any case); hidden files are ignored.
 * Files are sorted by name so every run sees them in the same order.
 */
public final class ClassFolders {
    /** File name endings read as images. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private final Path root;
    private final Path trainDir;
    private final Path testDir;
    private final Map<String, List<Path>> train;
    private final Map<String, List<Path>> test;

    private ClassFolders(
            Path root, Path trainDir, Path testDir, Map<String, List<Path>> train, Map<String, List<Path>> test) {
        this.root = root;
        this.trainDir = trainDir;
        this.testDir = testDir;
        this.train = Collections.unmodifiableMap(train);
        this.test = Collections.unmodifiableMap(test);
    }

    /**
     * Scans a dataset folder.
     *
     * @param root the dataset folder
     * @return the files by split and class
     * @throws GlyphException when the folder is missing or holds no class folders
     */
    public static ClassFolders scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new GlyphException(
                    "Dataset folder " + UserPaths.show(root) + " does not exist or is not a folder; set the option"
                            + " 'root' to a folder with Training/<class>/ and Testing/<class>/ (or <class>/) subfolders.");
        }
        Optional<Path> trainDir = child(root, "training", "train");
        Optional<Path> testDir = child(root, "testing", "test");
        Path trainRoot = trainDir.orElse(root);
        Map<String, List<Path>> train = classes(trainRoot);
        Map<String, List<Path>> test = testDir.map(ClassFolders::classes).orElse(Map.of());
        if (train.isEmpty()) {
            throw new GlyphException("Dataset folder " + UserPaths.show(trainRoot) + " has no class folders; expected "
                    + "Training/<class>/ and Testing/<class>/ subfolders holding images, or <class>/ subfolders.");
        }
        return new ClassFolders(root, trainRoot, testDir.orElse(null), train, test);
    }

    private static Optional<Path> child(Path root, String... names) {
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> dirs = entries.filter(Files::isDirectory).sorted().toList();
            for (String name : names) {
                for (Path dir : dirs) {
                    if (dir.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)) {
                        return Optional.of(dir);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new GlyphException(
                    "Dataset folder " + UserPaths.show(root) + " cannot be listed (" + IoErrors.reason(e) + ").", e);
        }
    }

    private static Map<String, List<Path>> classes(Path dir) {
        Map<String, List<Path>> out = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path classDir :
                    (Iterable<Path>) entries.filter(Files::isDirectory).sorted()::iterator) {
                String name = classDir.getFileName().toString();
                if (!name.startsWith(".")) {
                    out.put(name, images(classDir));
                }
            }
        } catch (IOException e) {
            throw new GlyphException(
                    "Folder " + UserPaths.show(dir) + " cannot be listed (" + IoErrors.reason(e) + ").", e);
        }
        return out;
    }

    private static List<Path> images(Path classDir) throws IOException {
        try (Stream<Path> files = Files.list(classDir)) {
            return files.filter(ClassFolders::isImageFile).sorted().toList();
        }
    }

    /**
     * @param file a path
     * @return true for a visible regular file with an image extension
     */
    public static boolean isImageFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".")
                && dot > 0
                && Files.isRegularFile(file)
                && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** @return the dataset folder */
    public Path root() {
        return root;
    }

    /** @return true when there is a separate test folder */
    public boolean hasTestFolder() {
        return testDir != null;
    }

    /** @return the folder holding the training class folders */
    public Path trainDir() {
        return trainDir;
    }

    /** @return the folder holding the test class folders, if any */
    public Optional<Path> testDir() {
        return Optional.ofNullable(testDir);
    }

    /** @return every class folder name of the training folder, sorted, {@code Not<class>} included */
    public List<String> classNames() {
        return new ArrayList<>(train.keySet());
    }

    /** @return every class folder name of the test folder, sorted */
    public List<String> testClassNames() {
        return new ArrayList<>(test.keySet());
    }

    /**
     * @param className a class folder name
     * @return its training images, sorted by name
     */
    public List<Path> trainFiles(String className) {
        return train.getOrDefault(className, List.of());
    }

    /**
     * @param className a class folder name
     * @return its test images, sorted by name
     */
    public List<Path> testFiles(String className) {
        return test.getOrDefault(className, List.of());
    }
}
