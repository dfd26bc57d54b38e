package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class DataRootTest {
    private static final Path EXPLICIT = Paths.get("/data/explicit");
    private static final Path FROM_ENV = Paths.get("/data/env");

    @Test
    void explicitValueWinsOverTheEnvironment() {
        DataRoot root = DataRoot.locate(EXPLICIT.toString(), FROM_ENV.toString());
        assertEquals(EXPLICIT, root.path());
        assertEquals("--data-root", root.origin());
    }

    @Test
    void environmentIsUsedWhenNoExplicitValueIsGiven() {
        for (String absent : new String[] {null, "", "  "}) {
            DataRoot root = DataRoot.locate(absent, FROM_ENV.toString());
            assertEquals(FROM_ENV, root.path());
            assertEquals(DataRoot.ENV, root.origin());
        }
    }

    @Test
    void defaultIsGlyphDataInTheHomeFolder() {
        for (String absent : new String[] {null, " "}) {
            DataRoot root = DataRoot.locate(null, absent);
            assertEquals(
                    Paths.get(System.getProperty("user.home"), ".glyph", "data").toAbsolutePath(), root.path());
            assertEquals("default", root.origin());
        }
    }

    @Test
    void relativeRootBecomesAbsoluteAndNormalised() {
        DataRoot root = DataRoot.locate("work/../shared/data", null);
        assertTrue(root.path().isAbsolute());
        assertEquals(Paths.get("shared", "data").toAbsolutePath(), root.path());
    }

    @Test
    void resolvesRelativeUserPathsUnderTheRootAndKeepsAbsoluteOnes() {
        DataRoot root = DataRoot.of(EXPLICIT);
        assertEquals(Paths.get("/data/explicit/letters/a.png"), root.resolve("letters/a.png"));
        assertEquals(Paths.get("/data/explicit/mnist"), root.resolve("letters/../mnist"));
        assertEquals(Paths.get("/elsewhere/x.csv"), root.resolve("/elsewhere/./x.csv"));
        assertEquals("explicit", root.origin());
        assertEquals("/data/explicit (explicit)", root.toString());
    }
}
