/**
 * Experiment files, the YAML form of a pretraining and transfer run for {@code glyph run}.
 * {@link org.glyphtransfer.app.experiment.ExperimentFile} reads a file, applies the command line's
 * overrides and checks every key, type and range before any work starts, naming the file, the key
 * and, for a misspelt key, the likely one. The result is an
 * {@link org.glyphtransfer.app.experiment.Experiment} of flat {@code section.key} settings whose keys
 * are the command options' long names ({@code transfer.head-epochs} is {@code --head-epochs}), which
 * the command line turns into calls of the fluent API in {@link org.glyphtransfer.transfer}.
 */
package org.glyphtransfer.app.experiment;
