/**
 * The measurements behind {@code glyph bench}: training and inference throughput, latency, dataset
 * loading speed and memory. {@code glyph bench} starts each one in a fresh Java process running
 * {@link org.glyphtransfer.app.bench.Measure}, so that measurements do not disturb each other, and
 * compares the numbers it prints with the same model and loop in PyTorch. Nothing here is needed to
 * train or use a model.
 */
package org.glyphtransfer.app.bench;
