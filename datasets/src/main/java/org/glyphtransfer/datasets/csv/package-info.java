/**
 * The {@code az-csv} dataset plugin, {@link org.glyphtransfer.datasets.csv.AzCsvDataset}: the
 * Kaggle "A–Z Handwritten Alphabets" CSV of 28 × 28 letters, plain or gzip-compressed. The file is
 * streamed by a byte-level parser, so the full 700 MB file loads in seconds on a small heap, and
 * every problem names the file, line and column. The file has no split of its own; test and
 * validation splits are carved out, stratified and seeded, with the shared helpers of
 * {@link org.glyphtransfer.datasets.core}.
 */
package org.glyphtransfer.datasets.csv;
