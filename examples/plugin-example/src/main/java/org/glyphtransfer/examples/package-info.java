/**
 * A sample third-party plugin, built outside the Glyph Transfer build against {@code glyph-api}
 * alone. {@link org.glyphtransfer.examples.SyntheticStrokesDataset} is the dataset plugin
 * {@code synthetic-strokes} (seeded images of five stroke glyphs, needing no files), and
 * {@link org.glyphtransfer.examples.TinyCnnModel} the model plugin {@code tiny-cnn} (a small CNN
 * split into backbone and head). Both are listed in the jar's
 * {@code META-INF/services/org.glyphtransfer.api.DatasetProvider} and
 * {@code META-INF/services/org.glyphtransfer.api.ModelProvider} files, which is all
 * {@link java.util.ServiceLoader} needs: put the jar in a plugins folder ({@code --plugins DIR} or
 * {@code GLYPH_PLUGINS}) and {@code glyph} uses them like its built-in plugins.
 */
package org.glyphtransfer.examples;
