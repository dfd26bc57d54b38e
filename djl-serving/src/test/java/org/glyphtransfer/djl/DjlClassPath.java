package org.glyphtransfer.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The class path of a DJL user: DJL's api, the PyTorch engine, its JNI and native library and what
 * they depend on, taken from this module's resolved test class path. Never a glyph artifact.
 */
final class DjlClassPath {
    /** Folders of the Maven repository layout that make up DJL with the PyTorch engine on the CPU. */
    private static final List<String> DJL = List.of(
            "/ai/djl/api/",
            "/ai/djl/pytorch/pytorch-engine/",
            "/ai/djl/pytorch/pytorch-jni/",
            "/ai/djl/pytorch/pytorch-native-cpu/",
            "/com/google/code/gson/",
            "/net/java/dev/jna/",
            "/org/apache/commons/commons-compress/",
            "/org/slf4j/slf4j-api/");

    private DjlClassPath() {}

    static List<String> entries() {
        List<String> found = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> DJL.stream()
                        .anyMatch(d -> e.replace(File.separatorChar, '/').contains(d)))
                .toList();
        assertEquals(DJL.size(), found.size(), "one jar of each: " + found);
        return found;
    }
}
