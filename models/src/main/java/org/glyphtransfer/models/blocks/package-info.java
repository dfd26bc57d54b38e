/**
 * The layers the model plugins are built from, also usable by a plugin that depends on
 * {@code glyph-models}. They name their layers with {@code glyph-api}'s
 * {@link org.glyphtransfer.api.NamedSequentialBlock}, so that a user can freeze a backbone up to a
 * named layer; {@link org.glyphtransfer.models.blocks.Layers} has short factories for DJL's layers
 * ({@code conv(32, 3)}, {@code dense(256)}). {@link org.glyphtransfer.models.blocks.BasicResidualBlock}
 * builds ResNet's basic block, and {@link org.glyphtransfer.models.blocks.CentreCrop} keeps the
 * centre of each image without any parameters.
 */
package org.glyphtransfer.models.blocks;
