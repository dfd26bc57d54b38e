package org.glyphtransfer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Versions of Glyph Transfer, DJL and PyTorch, as recorded at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = versions();
        return new String[] {
            "glyph " + p.getProperty("version") + " (DJL " + p.getProperty("djl") + ", PyTorch "
                    + p.getProperty("pytorch") + ")"
        };
    }

    /** @return the build-time versions: version, djl, pytorch */
    public static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/glyph-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
