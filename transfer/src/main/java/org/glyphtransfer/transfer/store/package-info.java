/**
 * Trained models on disk. A model folder holds the DJL parameter file {@code model.params} and
 * {@code model.json}, the model's {@link org.glyphtransfer.transfer.store.Provenance} (architecture
 * and options, classes, input shape, dataset, training options, metrics, versions and the
 * parameters' SHA-256). {@link org.glyphtransfer.transfer.store.ModelFolder} saves a network
 * atomically and loads it back through the plugin registry as a
 * {@link org.glyphtransfer.transfer.store.LoadedModel}, checking the checksum and the parameter
 * shapes, so that a truncated, edited or mismatched folder is reported as a clear error instead of
 * failing inside the engine.
 */
package org.glyphtransfer.transfer.store;
