package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.transfer.settings.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The README's list of training settings is the settings table, word for word. */
class ReadmeSettingsTest {
    private static final String START =
            "<!-- training-settings: generated from TrainingSettings.markdown(); a test keeps it current -->\n";
    private static final String END = "<!-- end of training-settings -->";

    @Test
    void readmeListsTheSettingsTable() throws IOException {
        String readme =
                Files.readString(Path.of(System.getProperty("glyph.examples")).resolveSibling("README.md"));
        int start = readme.indexOf(START) + START.length();
        int end = readme.indexOf(END);
        assertEquals(TrainingSettings.markdown(), readme.substring(start, end), "the README's settings table is stale");
    }
}
