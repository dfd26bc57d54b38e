package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.experiment.ExperimentFile;
import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.settings.TrainingSetting;
import org.glyphtransfer.transfer.settings.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every training setting is accepted and refused identically on the command line and in an
 * experiment file: the test walks the settings table and tries each value on both.
 */
class TrainingSettingsParityTest {
    private static final List<String> PROBES = List.of(
            "0",
            "1",
            "2",
            "-1",
            "0.5",
            "0.99",
            "1.0",
            "16",
            "100000",
            "100001",
            "1048577",
            "1e-3",
            "10",
            "10.5",
            "NaN",
            ".nan",
            "Infinity",
            ".inf",
            "-.inf",
            "18446744073709551617",
            "1e400",
            "abc",
            "''",
            "true",
            "adam",
            "SGD",
            "all",
            "none",
            "upto:flatten",
            "upto:",
            "cosine",
            "step:5",
            "plateau:3:0.5",
            "step:0");

    @TempDir
    Path dir;

    @Test
    void commandLineAndFileAcceptAndRefuseTheSameValues() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (TrainingSetting setting : TrainingSettings.of(stage)) {
                for (String probe : PROBES) {
                    String cli = fromCommandLine(stage, setting, probe);
                    String file = fromFile(stage, setting, probe);
                    assertEquals(
                            cli == null,
                            file == null,
                            setting.key() + " = " + probe + ": command line says " + cli + ", file says " + file);
                    if (cli != null) {
                        assertTrue(cli.contains(setting.option()), cli);
                        assertTrue(file.contains(setting.fileKey(stage)), file);
                    }
                    checked.add(stage + " " + setting.key() + " " + probe);
                }
            }
        }
        assertEquals(
                PROBES.size()
                        * (TrainingSettings.of(Stage.PRETRAIN).size()
                                + TrainingSettings.of(Stage.TRANSFER).size()),
                checked.size());
    }

    @Test
    void nonFiniteNumbersAreRefusedNamingTheSetting() {
        for (String value : List.of("NaN", "Infinity", "-Infinity")) {
            assertTrue(fromCommandLine(
                            Stage.TRANSFER,
                            TrainingSettings.find(Stage.TRANSFER, "weight-decay")
                                    .orElseThrow(),
                            value)
                    .startsWith("--weight-decay is " + value));
        }
    }

    @Test
    void eachSettingChangesOnlyThePhasesItNames() {
        PhaseSettings s = PhaseSettings.builder(Stage.TRANSFER)
                .set("head-epochs", 3)
                .set("fine-lr", "0.0003")
                .set("weight-decay", 1e-4)
                .build();
        var phases = s.apply(org.glyphtransfer.transfer.Recipe.phases("reference-study"));
        assertEquals(3, phases.get(0).epochs());
        assertEquals(50, phases.get(1).epochs());
        assertEquals(1e-3, phases.get(0).learningRate());
        assertEquals(3e-4, phases.get(1).learningRate());
        assertEquals(1e-4, phases.get(0).weightDecay());
        assertEquals(1e-4, phases.get(1).weightDecay());
    }

    /** @return null when accepted, else the error */
    private static String fromCommandLine(Stage stage, TrainingSetting setting, String value) {
        CommandLine cli = new CommandLine(new GlyphCommand());
        String command = stage == Stage.PRETRAIN ? "pretrain" : "transfer";
        List<String> args = new ArrayList<>(List.of(command, "--dataset", "d", "--out", "o"));
        args.addAll(stage == Stage.PRETRAIN ? List.of("--model", "m") : List.of("--from", "f"));
        args.add(setting.option() + "=" + ("''".equals(value) ? "" : value));
        CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
        try {
            TrainingOptions.read(parsed.subcommand().commandSpec(), stage);
            return null;
        } catch (GlyphException e) {
            return e.getMessage();
        }
    }

    /** @return null when accepted, else the error */
    private String fromFile(Stage stage, TrainingSetting setting, String value) throws IOException {
        Path file = dir.resolve("e.yaml");
        // A value ending in a colon must be quoted in YAML, as a user would.
        String line = "  " + setting.key() + ": " + (value.endsWith(":") ? "'" + value + "'" : value) + "\n";
        Files.writeString(
                file,
                "out: o\npretrain:\n  model: m\n  dataset: d\n" + (stage == Stage.PRETRAIN ? line : "")
                        + "transfer:\n  dataset: d\n" + (stage == Stage.TRANSFER ? line : ""));
        try {
            ExperimentFile.load(file, Map.of()).phaseSettings(stage);
            return null;
        } catch (GlyphException e) {
            return e.getMessage();
        }
    }
}
