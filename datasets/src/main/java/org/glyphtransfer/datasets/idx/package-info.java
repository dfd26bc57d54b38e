/**
 * Dataset plugins for the IDX format of MNIST and its relatives: {@code mnist}
 * ({@link org.glyphtransfer.datasets.idx.MnistDataset}), {@code fashion-mnist}
 * ({@link org.glyphtransfer.datasets.idx.FashionMnistDataset}), {@code emnist-letters}
 * ({@link org.glyphtransfer.datasets.idx.EmnistLettersDataset}) and {@code idx} for any other
 * image/label pair ({@link org.glyphtransfer.datasets.idx.IdxDataset}). Each reads its four files
 * (training and test images and labels, raw or gzip-compressed) from the folder its {@code dir}
 * option names, relative to the data root, and carves validation out of training with the shared
 * helpers of {@link org.glyphtransfer.datasets.core}. {@link org.glyphtransfer.datasets.idx.IdxReader}
 * and {@link org.glyphtransfer.datasets.idx.IdxPair} can also be used on their own; a corrupt file
 * is reported with its name and the byte offset where it goes wrong.
 */
package org.glyphtransfer.datasets.idx;
