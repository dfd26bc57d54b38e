package org.glyphtransfer.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.glyphtransfer.app.GlyphCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Experiment-file keys and command-line options are the same names, in both directions. */
class ExperimentKeysTest {
    /** Options that are the whole file's, not a section's, and options a file has no use for. */
    private static final Set<String> TOP_LEVEL =
            Set.of("overwrite", "resume", "seed", "device", "threads", "data-root", "plugins", "quiet");

    private static final Set<String> NOT_KEYS = Set.of("help", "version", "debug", "profile");

    @Test
    void pretrainOptionsAndKeysMatch() {
        assertEquals(sectionKeys("pretrain"), commandKeys("pretrain"));
    }

    @Test
    void transferOptionsAndKeysMatch() {
        assertEquals(sectionKeys("transfer"), commandKeys("transfer"));
    }

    @Test
    void everyTopLevelOptionHasAKey() {
        for (String option : TOP_LEVEL) {
            assertEquals(true, ExperimentKeys.KEYS.containsKey(option), option);
        }
    }

    private static Set<String> commandKeys(String command) {
        Set<String> keys = new TreeSet<>();
        CommandLine cli = new CommandLine(new GlyphCommand()).getSubcommands().get(command);
        for (OptionSpec option : cli.getCommandSpec().options()) {
            String name = option.longestName().replaceFirst("^--", "");
            if (!NOT_KEYS.contains(name) && !TOP_LEVEL.contains(name)) {
                keys.add(command + "." + name);
            }
        }
        return keys;
    }

    private static Set<String> sectionKeys(String section) {
        Set<String> keys = new TreeSet<>();
        ExperimentKeys.KEYS.forEach((key, spec) -> {
            if (key.startsWith(section + ".")) {
                keys.add(key);
            }
        });
        return keys;
    }
}
