package org.glyphtransfer.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.glyphtransfer.transfer.testing.ShapesDataset;
import org.junit.jupiter.api.Test;

/** How a recipe's defaults join the options a user chose: they fill gaps and never override. */
class PluginChoiceDefaultsTest {
    @Test
    void aDatasetDefaultFillsOnlyOptionsThePluginHasAndTheUserLeftOut() {
        DatasetChoice chosen = DatasetChoice.parse("shapes", "perClass=10");
        DatasetChoice withDefaults =
                chosen.withDefaults(new ShapesDataset(), Map.of("perClass", "99", "size", "32", "augment", "true"));
        assertEquals(Map.of("perClass", "10", "size", "32"), withDefaults.options());
        assertEquals(Map.of("perClass", "10"), chosen.options(), "the original choice is unchanged");
    }

    @Test
    void aModelDefaultNeverOverridesTheUser() {
        ModelChoice chosen = ModelChoice.parse("simple-cnn", "dropout=0.5");
        ModelChoice withDefaults = chosen.withDefaults(Map.of("dropout", "0.25", "crop", "22"));
        assertEquals(Map.of("dropout", "0.5", "crop", "22"), withDefaults.options());
        assertEquals("simple-cnn", withDefaults.name());
    }
}
