package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> PLUGINS = List.of("mnist", "az-csv", "letter-folders", "simple-cnn", "lenet5");

    @Test
    void suggestsTheClosestNameForATypo() {
        assertEquals(Optional.of("mnist"), Suggestions.closest("mnsit", PLUGINS));
        assertEquals(Optional.of("lenet5"), Suggestions.closest("lenet", PLUGINS));
        assertEquals(Optional.of("letter-folders"), Suggestions.closest("leter-foldrs", PLUGINS));
    }

    @Test
    void ignoresCaseButReturnsTheKnownSpelling() {
        assertEquals(Optional.of("az-csv"), Suggestions.closest("AZ-CSV", PLUGINS));
        assertEquals(Optional.of("perClass"), Suggestions.closest("perclass", List.of("root", "perClass")));
    }

    @Test
    void suggestsNothingWhenNoNameIsPlausiblyMeant() {
        assertEquals(Optional.empty(), Suggestions.closest("resnet152", PLUGINS));
        assertEquals(Optional.empty(), Suggestions.closest("mnist", List.of()));
    }

    @Test
    void longerNamesTolerateMoreEdits() {
        // 3 edits: too many for a 5-letter name, fine for a 14-letter one.
        assertEquals(Optional.empty(), Suggestions.closest("mxxxt", List.of("mnist")));
        assertEquals(Optional.of("letter-folders"), Suggestions.closest("lettr-foldrz", List.of("letter-folders")));
    }

    @Test
    void hintIsASentenceFragmentOrNothing() {
        assertEquals(" (did you mean 'mnist'?)", Suggestions.hint("minst", PLUGINS));
        assertEquals("", Suggestions.hint("imagenet", PLUGINS));
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(0, Suggestions.distance("same", "same"));
        assertEquals(Suggestions.distance("flaw", "lawn"), Suggestions.distance("lawn", "flaw"));
        assertEquals(2, Suggestions.distance("flaw", "lawn"));
    }
}
