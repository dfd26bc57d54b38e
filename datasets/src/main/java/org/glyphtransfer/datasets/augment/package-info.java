/**
 * Training-time augmentation for the built-in dataset plugins.
 * {@link org.glyphtransfer.datasets.augment.AffineAugmenter} is the
 * {@link org.glyphtransfer.api.BatchAugmenter} they attach to a training split when the shared
 * {@code augment} option is on: seeded random rotation, shear, zoom and shift of every image in a
 * batch, so a seeded run repeats exactly. The options that control it are listed in
 * {@link org.glyphtransfer.datasets.core.CommonOptions}.
 */
package org.glyphtransfer.datasets.augment;
