/**
 * The fluent library API for training, transferring and evaluating models in Java code.
 * {@link org.glyphtransfer.transfer.Pretraining} trains a model on a source dataset,
 * {@link org.glyphtransfer.transfer.Transfer} keeps a trained backbone and trains a fresh head on a
 * target dataset in phases (by default those of a named {@link org.glyphtransfer.transfer.Recipe}),
 * and {@link org.glyphtransfer.transfer.ModelEvaluation} tests a saved model; the first two return a
 * {@link org.glyphtransfer.transfer.RunResult} with the {@link org.glyphtransfer.transfer.TrainedModel}
 * and its folder. Models and datasets are chosen by plugin name with the static helpers of
 * {@link org.glyphtransfer.transfer.Glyph}, and a {@link org.glyphtransfer.transfer.GlyphRuntime}
 * says where runs happen (plugin registry, data root, device, seed, progress listener). Phase
 * settings live in {@link org.glyphtransfer.transfer.settings}, model folders in
 * {@link org.glyphtransfer.transfer.store}, the training loop in {@link org.glyphtransfer.transfer.train},
 * metrics in {@link org.glyphtransfer.transfer.eval}, report files in
 * {@link org.glyphtransfer.transfer.report} and prediction on new images in
 * {@link org.glyphtransfer.transfer.predict}; the {@code glyph} command line is a thin layer over
 * this package.
 */
package org.glyphtransfer.transfer;
