package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM names every artifact users may depend on, at the build's version, so one import fits all. */
class BomTest {
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(glyph-[a-z-]+)</artifactId>");
    private static final Pattern MODULE = Pattern.compile("<module>([a-z-]+)</module>");

    private static Path root() {
        return Path.of(System.getProperty("glyph.examples")).toAbsolutePath().getParent();
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyPublishedModuleIsInTheBom() throws IOException {
        TreeSet<String> published = new TreeSet<>();
        for (String module : all(MODULE, Files.readString(root().resolve("pom.xml")))) {
            if (module.equals("bom") || module.equals("test-support")) {
                continue;
            }
            String pom = Files.readString(root().resolve(module).resolve("pom.xml"));
            // The module's own artifactId is the first one after its parent block.
            published.add(all(ARTIFACT, pom.substring(pom.indexOf("</parent>"))).get(0));
        }
        String bom = Files.readString(root().resolve("bom/pom.xml"));
        TreeSet<String> managed = new TreeSet<>(all(ARTIFACT, bom.substring(bom.indexOf("<dependencyManagement>"))));
        assertEquals(published, managed);
    }
}
