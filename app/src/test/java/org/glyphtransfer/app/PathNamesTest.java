package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names the file system or a one-line message cannot take as they are. */
class PathNamesTest {
    @TempDir
    Path temp;

    @Test
    void anArgumentThatIsNoPathIsAOneSentenceUserErrorNamingIt() {
        CliRun run = CliRun.of("predict", "--model", temp.toString(), "a\0b.png");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertEquals("glyph: The path 'a\\u0000b.png' cannot be used: it holds a NUL character.\n", run.err);
        assertFalse(run.err.contains("InvalidPathException"), run.err);
    }

    @Test
    void aNameWithALineBreakStaysOnOneLineOfTheMessage() {
        ImageInputs.Entry entry =
                ImageInputs.expand(List.of(temp.resolve("a\nb.png"))).get(0);
        assertEquals("Image file '" + temp + "/a\\nb.png' does not exist; check the path.", entry.problem());
    }
}
