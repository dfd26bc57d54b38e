package org.glyphtransfer.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.settings.Phase;
import org.junit.jupiter.api.Test;

class RecipeTest {
    @Test
    void referenceStudyIsExactlyTheStudysTwoPhases() {
        List<Phase> phases = Recipe.phases("reference-study");
        assertEquals(
                List.of(Phase.headOnly().describe(), Phase.fineTune().describe()),
                phases.stream().map(Phase::describe).toList());
        assertEquals(1e-3, phases.get(0).learningRate());
        assertEquals(1e-4, phases.get(1).learningRate());
        assertEquals(16, phases.get(1).batchSize());
        assertEquals(50, phases.get(1).epochs());
        assertEquals("all", phases.get(0).freeze().toString());
        assertEquals(Map.of(), Recipe.datasetDefaults("reference-study"));
    }

    @Test
    void theDefaultIsTheMeasuredRecipeAndAugmentsTheTarget() {
        assertEquals("augmented", Recipe.DEFAULT);
        assertEquals(Map.of("augment", "true"), Recipe.datasetDefaults(Recipe.DEFAULT));
        List<Phase> phases = Transfer.from(java.nio.file.Path.of("unused")).effectivePhases();
        assertEquals(
                Recipe.phases(Recipe.DEFAULT).stream().map(Phase::describe).toList(),
                phases.stream().map(Phase::describe).toList());
        assertEquals(1e-3, phases.get(1).learningRate());
    }

    @Test
    void anUnknownRecipeListsTheKnownOnes() {
        GlyphException e = assertThrows(GlyphException.class, () -> Recipe.phases("referense-study"));
        assertTrue(
                e.getMessage().contains("did you mean 'reference-study'")
                        && e.getMessage().contains("augmented"),
                e.getMessage());
    }
}
