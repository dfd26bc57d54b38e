/**
 * The training loop behind {@link org.glyphtransfer.transfer.Pretraining} and
 * {@link org.glyphtransfer.transfer.Transfer}. {@link org.glyphtransfer.transfer.train.TrainingRun}
 * trains a network through its phases, with validation after every epoch, learning-rate schedules,
 * early stopping and a test evaluation after each phase. Given a
 * {@link org.glyphtransfer.transfer.train.Checkpoints} folder, it saves a checkpoint after every
 * epoch, and a run resumed from its last checkpoint repeats the uninterrupted one.
 * Progress reaches a {@link org.glyphtransfer.transfer.train.TrainingListener}, set on the
 * {@link org.glyphtransfer.transfer.GlyphRuntime}, as {@link org.glyphtransfer.transfer.train.EpochStats}
 * and {@link org.glyphtransfer.transfer.train.PhaseResult}s; most library users need only these
 * types, since the fluent API builds and runs the loop for them.
 */
package org.glyphtransfer.transfer.train;
