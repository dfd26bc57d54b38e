/**
 * Layer tables of a network, like Keras' {@code model.summary()}.
 * {@link org.glyphtransfer.models.summary.ModelSummary} lists each top-level layer of any
 * {@link org.glyphtransfer.api.ModelParts} with its output shape and parameter count, with totals
 * split into backbone and head, trainable and frozen.
 * {@link org.glyphtransfer.models.summary.ParameterCounter} counts parameters as PyTorch does, so the
 * numbers match a PyTorch peer. {@code glyph models --detail} prints this table, and its layer names
 * are the ones {@code --freeze upto:LAYER} accepts.
 */
package org.glyphtransfer.models.summary;
