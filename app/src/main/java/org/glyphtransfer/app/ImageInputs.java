package org.glyphtransfer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.glyphtransfer.api.io.UserPaths;

/**
 * The image files named on the command line: files as given, folders searched recursively for
 * PNG, JPEG, GIF and BMP files in sorted order. A path that does not exist or a folder without
 * images becomes an entry with a problem, so one bad argument does not hide the others' results.
 */
final class ImageInputs {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /**
     * One image to classify.
     *
     * @param file the file, or the argument that yielded none
     * @param relative its path below the folder argument it was found in (the file name for a file argument)
     * @param problem why it cannot be used, or null
     */
    record Entry(Path file, Path relative, String problem) {}

    private ImageInputs() {}

    static List<Entry> expand(List<Path> arguments) {
        List<Entry> entries = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> images = imagesUnder(argument);
                if (images.isEmpty()) {
                    entries.add(new Entry(
                            argument,
                            argument.getFileName(),
                            "Folder " + UserPaths.show(argument)
                                    + " holds no PNG, JPEG, GIF or BMP files; pass a folder of images."));
                }
                for (Path image : images) {
                    entries.add(new Entry(image, argument.relativize(image), null));
                }
            } else if (Files.exists(argument)) {
                entries.add(new Entry(argument, argument.getFileName(), null));
            } else {
                entries.add(new Entry(
                        argument,
                        argument.getFileName(),
                        "Image file " + UserPaths.show(argument) + " does not exist; check the path."));
            }
        }
        return entries;
    }

    private static List<Path> imagesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(ImageInputs::isImageName)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new org.glyphtransfer.api.GlyphException(
                    "Folder " + UserPaths.show(folder) + " cannot be listed ("
                            + org.glyphtransfer.api.io.IoErrors.plainMessage(e) + ").",
                    e);
        }
    }

    static boolean isImageName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".")
                && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
