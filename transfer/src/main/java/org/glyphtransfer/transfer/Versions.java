package org.glyphtransfer.transfer;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions a model records: glyph, DJL, the engine and Java. */
final class Versions {
    private Versions() {}

    static Map<String, String> of(GlyphRuntime runtime) {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("glyph", p.getProperty("version", "unknown"));
        v.put("djl", p.getProperty("djl", "unknown"));
        v.put(
                "engine",
                Engine.getInstance().getEngineName() + " " + runtime.engine().engineVersion());
        v.put("java", System.getProperty("java.version"));
        return v;
    }
}
