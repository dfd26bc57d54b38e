/**
 * The {@code letter-folders} dataset plugin,
 * {@link org.glyphtransfer.datasets.folders.LetterFoldersDataset}: photos or scans of letters in one
 * folder per class ({@code Training/<class>} and {@code Testing/<class>}, or just {@code <class>}),
 * in PNG, JPEG, BMP or GIF of any size. By default every image is normalised MNIST-style with the
 * preprocessor of {@link org.glyphtransfer.datasets.preprocess}, so that the letters look like the
 * digits a source model was pretrained on, and prediction later applies the same preprocessor.
 * {@link org.glyphtransfer.datasets.folders.ClassFolders} lists the image files of such a folder by
 * split and class in a fixed order, for the plugin and for the audit and preview tools.
 */
package org.glyphtransfer.datasets.folders;
