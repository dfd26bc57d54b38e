/**
 * The building blocks the built-in dataset plugins share, so that every plugin splits, subsets and
 * spells its options the same way. {@link org.glyphtransfer.datasets.core.CommonOptions} holds the
 * options every dataset accepts (validation carve-out, per-class subset, augmentation), and
 * {@link org.glyphtransfer.datasets.core.DatasetAssembler} turns labelled images held as an
 * {@link org.glyphtransfer.datasets.core.ImageSet} into the finished
 * {@link org.glyphtransfer.api.GlyphDataset}. Splits and subsets are stratified and seeded
 * ({@link org.glyphtransfer.datasets.core.StratifiedSplit}, {@link org.glyphtransfer.datasets.core.Seeds}),
 * class subsets such as {@code A-E} are parsed by {@link org.glyphtransfer.api.ClassSelection},
 * and {@link org.glyphtransfer.datasets.core.ImageTensors} moves the pixels into one native tensor.
 * The plugins themselves live in the sibling packages {@code idx}, {@code csv} and {@code folders}.
 */
package org.glyphtransfer.datasets.core;
