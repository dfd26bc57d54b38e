package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plugins a program registers in code, without a service file, and decimal options that may be unset. */
class CodeRegisteredPluginsTest {
    /** A model plugin written inside a program, named as the caller says. */
    private static ModelProvider model(String name) {
        return new ModelProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "Written in the program.";
            }

            @Override
            public OptionSchema options() {
                return OptionSchema.of(OptionSpec.decimal("rate", null).optRange(0, 1));
            }

            @Override
            public ModelParts build(ModelRequest request) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void aPluginRegisteredInCodeIsFoundByNameNextToTheClassPathOnes() {
        ModelProvider mine = model("in-code");
        PluginRegistry registry =
                PluginRegistry.builder().optUseEnvironment(false).addModel(mine).build();
        assertSame(mine, registry.model("in-code"));
        assertSame(
                FixtureLinearModel.class,
                registry.model(FixtureLinearModel.NAME).getClass());
        assertEquals("registered in code", registry.origin(mine));
        assertEquals("built-in", registry.origin(registry.model(FixtureLinearModel.NAME)));
    }

    @Test
    void aNameThatIsTakenIsRefused() {
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> PluginRegistry.builder()
                        .optUseEnvironment(false)
                        .addModel(model(FixtureLinearModel.NAME))
                        .build());
        assertTrue(e.getMessage().startsWith("Two model plugins are named '" + FixtureLinearModel.NAME + "'"));
    }

    @Test
    void optDoubleGivesADecimalOptionOnlyWhenItHasAValue() {
        ModelProvider mine = model("in-code");
        assertEquals(
                0.25,
                mine.parseOptions(Map.of("rate", "0.25")).optDouble("rate").orElseThrow());
        assertTrue(mine.parseOptions(Map.of()).optDouble("rate").isEmpty());
    }
}
