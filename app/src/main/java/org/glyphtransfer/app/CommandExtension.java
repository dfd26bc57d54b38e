package org.glyphtransfer.app;

/**
 * A {@code glyph} subcommand that another module adds when its jar is on the class path, listed in
 * {@code META-INF/services/org.glyphtransfer.app.CommandExtension}. This keeps heavy optional
 * dependencies (Apache Spark for {@code glyph spark}) out of {@code glyph.jar}: the command exists
 * only in the jar that bundles them.
 */
public interface CommandExtension {
    /**
     * @return a new picocli {@code @Command} object; its subcommands and options inherit the root's
     *     options ({@code --device}, {@code --threads}, …) through {@link GlyphCommand}
     */
    Object command();
}
