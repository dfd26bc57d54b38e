/**
 * What plain DJL needs to load a glyph model folder: {@link org.glyphtransfer.djl.GlyphBlockFactory}
 * rebuilds the network with the model plugin that trained it, {@link
 * org.glyphtransfer.djl.GlyphTranslatorFactory} turns an image into the network's input with the
 * dataset plugin's own preprocessing and the output into {@code Classifications}. Both read the
 * folder's {@code serving.properties}, which glyph writes with every network model.
 */
package org.glyphtransfer.djl;
