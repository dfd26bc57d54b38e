package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionSchemaTest {
    private static final String OWNER = "dataset 'letter-folders'";

    private static final OptionSchema SCHEMA = OptionSchema.of(
            OptionSpec.string("root", null).optDescription("Folder of letter folders."),
            OptionSpec.integer("perClass", 100).optRange(1, 1000),
            OptionSpec.decimal("valFraction", 0.1).optRange(0, 0.9),
            OptionSpec.bool("invert", false),
            OptionSpec.choice("onBadFile", "fail", "fail", "skip", "warn"));

    private static PluginOptions parse(Map<String, String> raw) {
        return SCHEMA.parse(OWNER, raw);
    }

    private static String error(String key, String value) {
        return assertThrows(GlyphException.class, () -> parse(Map.of(key, value)))
                .getMessage();
    }

    @Test
    void fillsInDefaultsAndLeavesOptionsWithoutDefaultUnset() {
        PluginOptions options = parse(Map.of());
        assertEquals(100, options.getInt("perClass"));
        assertEquals(0.1, options.getDouble("valFraction"));
        assertFalse(options.getBoolean("invert"));
        assertEquals("fail", options.getString("onBadFile"));
        assertFalse(options.has("root"));
        assertTrue(options.optString("root").isEmpty());
        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> options.getString("root"));
        assertTrue(unset.getMessage().contains("'root'"), unset.getMessage());
        assertEquals(
                Map.of("perClass", "100", "valFraction", "0.1", "invert", "false", "onBadFile", "fail"),
                options.asText());
        assertEquals(OWNER, options.owner());
    }

    @Test
    void givenValuesAreTypedAndOverrideDefaults() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("root", "letters-scans");
        raw.put("perClass", " 250 ");
        raw.put("valFraction", "0.25");
        raw.put("invert", "TRUE");
        raw.put("onBadFile", "Skip");
        PluginOptions options = parse(raw);
        assertEquals("letters-scans", options.getString("root"));
        assertEquals(250, options.getInt("perClass"));
        assertEquals(0.25, options.getDouble("valFraction"));
        assertTrue(options.getBoolean("invert"));
        assertEquals("skip", options.getString("onBadFile"), "a choice comes back in its declared spelling");
        assertEquals("250", options.asText().get("perClass"));
        assertEquals(
                List.of("root", "perClass", "valFraction", "invert", "onBadFile"),
                List.copyOf(options.asText().keySet()));
    }

    @Test
    void resolvedTextParsesBackToTheSameValues() {
        PluginOptions first = parse(Map.of("perClass", "7", "onBadFile", "warn"));
        PluginOptions again = parse(first.asText());
        assertEquals(first.asText(), again.asText());
        assertEquals(7, again.getInt("perClass"));
    }

    @Test
    void wholeNumbersRejectFractionsTextAndValuesOutOfRange() {
        assertEquals(
                "Option 'perClass' of dataset 'letter-folders' does not accept '1.5'; "
                        + "expected a whole number in [1, 1000].",
                error("perClass", "1.5"));
        assertTrue(error("perClass", "many").contains("'many'"));
        assertTrue(error("perClass", "0").contains("in [1, 1000]"));
        assertTrue(error("perClass", "1001").contains("in [1, 1000]"));
        assertEquals(1, parse(Map.of("perClass", "1")).getInt("perClass"));
        assertEquals(1000, parse(Map.of("perClass", "1000")).getInt("perClass"));
    }

    @Test
    void decimalsRejectNaNTextAndValuesOutOfRange() {
        assertEquals(
                "Option 'valFraction' of dataset 'letter-folders' does not accept '0.95'; "
                        + "expected a number in [0, 0.9].",
                error("valFraction", "0.95"));
        assertTrue(error("valFraction", "NaN").contains("'NaN'"));
        assertTrue(error("valFraction", "-0.1").contains("'-0.1'"));
        assertTrue(error("valFraction", "ten percent").contains("expected a number"));
        assertEquals(0.9, parse(Map.of("valFraction", "0.9")).getDouble("valFraction"));
    }

    @Test
    void booleansAcceptOnlyTrueOrFalse() {
        assertEquals(
                "Option 'invert' of dataset 'letter-folders' does not accept 'yes'; expected true or false.",
                error("invert", "yes"));
        assertFalse(parse(Map.of("invert", "False")).getBoolean("invert"));
    }

    @Test
    void choicesListTheAllowedWordsAndSuggestTheClosest() {
        assertEquals(
                "Option 'onBadFile' of dataset 'letter-folders' does not accept 'skp'; "
                        + "expected one of fail, skip, warn (did you mean 'skip'?).",
                error("onBadFile", "skp"));
        assertEquals(
                "Option 'onBadFile' of dataset 'letter-folders' does not accept 'ignore-everything'; "
                        + "expected one of fail, skip, warn.",
                error("onBadFile", "ignore-everything"));
    }

    @Test
    void unknownKeyListsTheKnownKeysWithADidYouMean() {
        assertEquals(
                "Unknown option 'perclas' for dataset 'letter-folders' (did you mean 'perClass'?); "
                        + "known keys: root, perClass, valFraction, invert, onBadFile.",
                error("perclas", "3"));
        assertEquals(
                "Unknown option 'colour' for dataset 'letter-folders'; "
                        + "known keys: root, perClass, valFraction, invert, onBadFile.",
                error("colour", "red"));
    }

    @Test
    void aSchemaWithoutOptionsSaysSo() {
        GlyphException e = assertThrows(
                GlyphException.class, () -> OptionSchema.empty().parse("model 'lenet5'", Map.of("depth", "3")));
        assertEquals("Unknown option 'depth' for model 'lenet5'; it takes no options.", e.getMessage());
        assertTrue(
                OptionSchema.empty().parse("model 'lenet5'", Map.of()).asText().isEmpty());
    }

    @Test
    void declaringAKeyTwiceIsAProgrammingError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OptionSchema.of(OptionSpec.integer("epochs", 1), OptionSpec.decimal("epochs", 1.0)));
    }

    @Test
    void specsAreImmutableAndDescribeWhatTheyAccept() {
        OptionSpec plain = OptionSpec.integer("epochs", 5);
        OptionSpec ranged = plain.optRange(1, 100).optDescription("Training epochs.");
        assertEquals("a whole number", plain.expectation());
        assertEquals("", plain.description());
        assertEquals("a whole number in [1, 100]", ranged.expectation());
        assertEquals("Training epochs.", ranged.description());
        assertEquals("5", ranged.defaultValue());
        assertEquals(OptionSpec.Type.INTEGER, ranged.type());
        assertEquals("text", OptionSpec.string("root", null).expectation());
        assertEquals(
                "a number in [0.5, 2.5]",
                OptionSpec.decimal("zoom", 1.0).optRange(0.5, 2.5).expectation());
        assertEquals(List.of("a", "b"), OptionSpec.choice("mode", "a", "a", "b").choices());
        assertEquals(
                List.of("root", "perClass", "valFraction", "invert", "onBadFile"),
                SCHEMA.specs().stream().map(OptionSpec::key).toList());
    }

    @Test
    void aModelRequestNeedsAtLeastTwoClasses() {
        PluginOptions none = OptionSchema.empty().parse("model 'x'", Map.of());
        GlyphException e = assertThrows(
                GlyphException.class, () -> ModelRequest.builder(none, 1).build());
        assertEquals("A model needs at least 2 classes, not 1.", e.getMessage());
        assertEquals(26, ModelRequest.builder(none, 26).build().numClasses());
    }
}
