package org.glyphtransfer.transfer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.glyphtransfer.transfer.settings.Phase;
import org.junit.jupiter.api.Test;

/** The phase header tells what the numbers below it mean. */
class ConsoleProgressTest {
    private static String header(Phase phase) {
        StringWriter text = new StringWriter();
        new ConsoleProgress(new PrintWriter(text), false, true)
                .onPhaseStart("pretrain simple-cnn on mnist", phase, 159_882, 0, 422);
        return text.toString();
    }

    @Test
    void headerGivesCountsEpochsAndBatches() {
        assertEquals(
                "pretrain simple-cnn on mnist — phase 'pretrain': 159,882 trainable, 0 frozen parameters; "
                        + "up to 10 epochs × 422 batches of 128" + System.lineSeparator(),
                header(Phase.full().toBuilder()
                        .optName("pretrain")
                        .optEpochs(10)
                        .optBatchSize(128)
                        .build()));
    }

    @Test
    void labelSmoothingWarnsThatTrainingAndValidationLossesDiffer() {
        String text = header(Phase.full().toBuilder()
                .optName("pretrain")
                .optEpochs(10)
                .optBatchSize(128)
                .optLabelSmoothing(0.1)
                .build());
        assertTrue(text.contains("label smoothing 0.1: the training loss is against smoothed targets"), text);
        assertEquals(2, text.lines().count(), text);
    }
}
