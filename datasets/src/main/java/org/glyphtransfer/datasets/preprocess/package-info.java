/**
 * MNIST-style normalisation of photos and scans of single letters.
 * {@link org.glyphtransfer.datasets.preprocess.MnistStylePreprocessor} is an
 * {@link org.glyphtransfer.api.ImagePreprocessor} that makes the ink white on black, removes uneven
 * lighting and specks, crops to the ink, thickens thin strokes to MNIST's width and centres the letter
 * in 28 × 28 by its centre of mass, as MNIST does. The {@code letter-folders} plugin uses it for its
 * training images, and prediction asks that plugin for it again, so an image a user gives is
 * prepared exactly as the training images were.
 */
package org.glyphtransfer.datasets.preprocess;
