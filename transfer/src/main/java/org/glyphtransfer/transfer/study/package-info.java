/**
 * Ready-made studies built on the grid runner. {@link org.glyphtransfer.transfer.study.DataEfficiencyStudy}
 * transfers a pretrained model and trains the same architecture from scratch for each budget of
 * training images per class and each seed, and reports how much transfer helps as data shrinks
 * ({@code study.md}, {@code .csv}, {@code .json}, {@code .png}).
 */
package org.glyphtransfer.transfer.study;
