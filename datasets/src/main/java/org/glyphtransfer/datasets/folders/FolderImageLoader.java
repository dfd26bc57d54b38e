package org.glyphtransfer.datasets.folders;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.datasets.core.ImageSet;
import org.glyphtransfer.datasets.core.ImageTensors;

/**
 * Decodes and preprocesses the images of one split in parallel. Results land in slots indexed by
 * the sorted file order, so the output never depends on thread timing. Unreadable files stop the
 * load (naming the first one in file order) or, with {@code skip}, are left out and counted.
 */
final class FolderImageLoader {
    private final ImagePreprocessor preprocessor;
    private final boolean skipBadFiles;
    private final Path root;
    private final List<String> skipped = new ArrayList<>();

    /**
     * @param preprocessor turns each decoded image into the model input
     * @param skipBadFiles true to leave unreadable files out instead of failing
     * @param root sample ids are file paths relative to this folder
     */
    FolderImageLoader(ImagePreprocessor preprocessor, boolean skipBadFiles, Path root) {
        this.preprocessor = preprocessor;
        this.skipBadFiles = skipBadFiles;
        this.root = root;
    }

    /**
     * Loads the images of the given classes.
     *
     * @param classNames class folder names in label order
     * @param files the sorted files of a class
     * @param splitDir the folder holding the class folders, for messages
     * @return the images, labelled by class index
     */
    ImageSet load(List<String> classNames, Function<String, List<Path>> files, Path splitDir) {
        List<Path> paths = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            List<Path> classFiles = files.apply(classNames.get(c));
            if (classFiles.isEmpty()) {
                throw new GlyphException("Class folder " + splitDir.resolve(classNames.get(c)) + " holds no images ("
                        + String.join(
                                ", ",
                                ClassFolders.IMAGE_EXTENSIONS.stream().sorted().toList())
                        + "); add images or leave the class out with the option 'classes'.");
            }
            for (Path file : classFiles) {
                paths.add(file);
                labels.add(c);
            }
        }
        int size = (int) preprocessor.outputShape().size();
        float[][] processed = new float[paths.size()][];
        String[] problems = new String[paths.size()];
        IntStream.range(0, paths.size()).parallel().forEach(i -> {
            BufferedImage image = decode(paths.get(i), problems, i);
            if (image != null) {
                processed[i] = preprocessor.apply(image);
            }
        });
        return collect(classNames, paths, labels, processed, problems, size, splitDir);
    }

    private ImageSet collect(
            List<String> classNames,
            List<Path> paths,
            List<Integer> labels,
            float[][] processed,
            String[] problems,
            int size,
            Path splitDir) {
        int good = 0;
        int[] perClass = new int[classNames.size()];
        for (int i = 0; i < paths.size(); i++) {
            if (problems[i] != null) {
                if (!skipBadFiles) {
                    throw new GlyphException("Image file " + paths.get(i) + " cannot be read (" + problems[i]
                            + "); fix or remove it, or pass onBadFile=skip to leave unreadable files out.");
                }
                skipped.add(paths.get(i) + ": " + problems[i]);
            } else {
                good++;
                perClass[labels.get(i)]++;
            }
        }
        for (int c = 0; c < perClass.length; c++) {
            if (perClass[c] == 0) {
                throw new GlyphException("Class folder " + splitDir.resolve(classNames.get(c))
                        + " holds no readable images; all were skipped as unreadable.");
            }
        }
        byte[] pixels = new byte[good * size];
        int[] outLabels = new int[good];
        List<String> ids = new ArrayList<>(good);
        int n = 0;
        for (int i = 0; i < paths.size(); i++) {
            if (problems[i] == null) {
                ImageTensors.quantise(processed[i], pixels, n * size);
                outLabels[n] = labels.get(i);
                ids.add(root.relativize(paths.get(i)).toString());
                n++;
            }
        }
        int side = (int) preprocessor.outputShape().get(1);
        return new ImageSet(side, (int) preprocessor.outputShape().get(2), pixels, outLabels, ids);
    }

    private static BufferedImage decode(Path file, String[] problems, int slot) {
        try {
            BufferedImage image = readImage(file);
            if (image == null) {
                problems[slot] = "no image decoder recognises its content";
            }
            return image;
        } catch (IOException | RuntimeException e) {
            problems[slot] = "corrupt image data: " + e.getMessage();
            return null;
        }
    }

    /** @return "path: reason" of every file skipped so far, in file order */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** Reads through the Path: a File would be rebuilt from the name as text, which LANG=C cannot spell. */
    private static BufferedImage readImage(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return ImageIO.read(in);
        }
    }
}
