/**
 * The public API of Glyph Transfer, and the only part of it a plugin author depends on
 * ({@code glyph-api}). A dataset plugin implements {@link org.glyphtransfer.api.DatasetProvider}
 * and returns a {@link org.glyphtransfer.api.GlyphDataset} of {@link org.glyphtransfer.api.DataSplit}
 * tensors; a model plugin implements {@link org.glyphtransfer.api.ModelProvider} and returns its
 * network as backbone and head in {@link org.glyphtransfer.api.ModelParts}. Both describe their
 * options with an {@link org.glyphtransfer.api.OptionSchema} of
 * {@link org.glyphtransfer.api.OptionSpec}s, are found by name through the
 * {@link org.glyphtransfer.api.PluginRegistry}, and report a user's mistake as a
 * {@link org.glyphtransfer.api.GlyphException}. The built-in plugins in {@code glyph-datasets} and
 * {@code glyph-models}, the training library in {@code org.glyphtransfer.transfer} and the
 * {@code glyph} command line are all written against these types, so a plugin jar works exactly like
 * a built-in plugin; {@link org.glyphtransfer.api.io} holds the file helpers they share.
 */
package org.glyphtransfer.api;
