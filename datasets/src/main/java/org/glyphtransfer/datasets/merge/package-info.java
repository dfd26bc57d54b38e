/**
 * The {@code merge} dataset: two or more datasets as one, e.g. MNIST digits and A–Z letters as 36
 * classes. {@link org.glyphtransfer.datasets.merge.MergeParts} reads which datasets (with their
 * options), {@link org.glyphtransfer.datasets.merge.ClassMapping} names the merged classes and refuses
 * names that collide without a mapping, and {@link org.glyphtransfer.datasets.merge.MergeDataset}
 * loads, joins, balances and subsets them.
 */
package org.glyphtransfer.datasets.merge;
