package org.glyphtransfer.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserPathsTest {
    @Test
    void ordinaryNamesAreShownAsTheyAre() {
        assertEquals("runs/é€字.png", UserPaths.show(Path.of("runs/é€字.png")));
        assertEquals("my scans/it's.png", UserPaths.show("my scans/it's.png"));
    }

    @Test
    void namesWithLineBreaksOrControlCharactersAreQuotedAndEscaped() {
        assertEquals("'a\\nb.png'", UserPaths.show("a\nb.png"));
        assertEquals("'it\\'s\\t\\u0007.png'", UserPaths.show("it's\t\u0007.png"));
        assertEquals("'x\\u202E.png'", UserPaths.show("x\u202E.png"));
    }
}
