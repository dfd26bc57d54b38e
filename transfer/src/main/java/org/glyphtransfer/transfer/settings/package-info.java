/**
 * What a training is configured with: {@link org.glyphtransfer.transfer.settings.Phase} (a checked,
 * immutable record of one phase's settings, with {@code toBuilder()}), the ranges of its settings
 * ({@link org.glyphtransfer.transfer.settings.PhaseField}), and the table of settings users give on
 * the command line and in experiment files ({@link org.glyphtransfer.transfer.settings.TrainingSettings}),
 * applied to a recipe's phases as {@link org.glyphtransfer.transfer.settings.PhaseSettings}.
 */
package org.glyphtransfer.transfer.settings;
