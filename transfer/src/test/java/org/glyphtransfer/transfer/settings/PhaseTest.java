package org.glyphtransfer.transfer.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.Recipe;
import org.junit.jupiter.api.Test;

class PhaseTest {
    @Test
    void nonFiniteAndOutOfRangeValuesAreRefusedNamingPhaseAndSetting() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1, 2}) {
            GlyphException e = assertThrows(
                    GlyphException.class,
                    () -> Phase.fineTune().toBuilder().optWeightDecay(bad).build());
            assertTrue(e.getMessage().startsWith("Phase 'fine-tune': weight decay is "), e.getMessage());
        }
        assertThrows(
                GlyphException.class,
                () -> Phase.full().toBuilder().optLabelSmoothing(1).build());
        assertThrows(
                GlyphException.class,
                () -> Phase.full().toBuilder().optLearningRate(0).build());
        assertThrows(
                GlyphException.class,
                () -> Phase.full().toBuilder().optEpochs(0).build());
        assertThrows(
                GlyphException.class,
                () -> Phase.full().toBuilder()
                        .optBackboneLrMultiplier(Double.NaN)
                        .build());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        for (String recipe : Recipe.names()) {
            for (Phase p : Recipe.phases(recipe)) {
                assertEquals(p, p.toBuilder().build());
            }
        }
    }

    @Test
    void describedPhasesReadBackEqualThroughJson() {
        Gson gson = new Gson();
        for (String recipe : Recipe.names()) {
            for (Phase p : Recipe.phases(recipe)) {
                Phase q = p.toBuilder()
                        .optSchedule(Schedule.parse("step:3:0.5"))
                        .optWeightDecay(1e-4)
                        .optLabelSmoothing(0.1)
                        .build();
                @SuppressWarnings("unchecked")
                Map<String, Object> json = gson.fromJson(gson.toJson(q.describe()), Map.class);
                assertEquals(q, Phase.fromDescription(json));
            }
        }
    }

    @Test
    void aTamperedDescriptionIsAUserError() {
        Map<String, Object> d = new java.util.LinkedHashMap<>(Phase.full().describe());
        d.put("weightDecay", "NaN");
        assertThrows(GlyphException.class, () -> Phase.fromDescription(d));
        d.remove("weightDecay");
        assertThrows(GlyphException.class, () -> Phase.fromDescription(d));
    }

    @Test
    void aModelFolderWrittenBeforeRmspropDecayExistedReadsBackWithTheDecayItWasTrainedWith() {
        Map<String, Object> d = new java.util.LinkedHashMap<>(
                Phase.full().toBuilder().optRmspropDecay(0.9).build().describe());
        assertEquals(0.9, Phase.fromDescription(d).rmspropDecay());
        d.remove("rmspropDecay");
        assertEquals(0.99, Phase.fromDescription(d).rmspropDecay(), "PyTorch's alpha, the only value before");
        d.put("rmspropDecay", 1.0);
        assertThrows(GlyphException.class, () -> Phase.fromDescription(d));
    }
}
