package org.glyphtransfer.datasets.idx;

/**
 * How a family of IDX files stores its data: the value of the first label, the number of
 * classes, and whether images are stored transposed (EMNIST).
 *
 * @param firstLabel the label value of class 0 (1 for EMNIST letters)
 * @param numClasses the number of classes, or 0 when any byte value is a class (classes found from the data)
 * @param transposed true when each image is stored column-major
 */
public record IdxLayout(int firstLabel, int numClasses, boolean transposed) {}
