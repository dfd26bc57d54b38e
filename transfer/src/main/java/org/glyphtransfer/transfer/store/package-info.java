/**
 * Trained models on disk. A network's folder holds a parameter file in DJL's layout
 * ({@code model-0000.params}, or {@code model-0001.params} after it was saved over), what DJL's
 * {@code Criteria} reads beside it ({@code serving.properties}, {@code synset.txt}) and
 * {@code model.json}, the model's {@link org.glyphtransfer.transfer.store.Provenance} (architecture
 * and options, classes, input shape, dataset, training options, metrics, versions and the
 * parameter file's name and SHA-256). {@link org.glyphtransfer.transfer.store.ModelFolder} saves a
 * network so that a kill leaves the earlier or the new model, checks {@code model.json} against its
 * schema before building anything from it, and loads it back through the plugin registry as a
 * {@link org.glyphtransfer.transfer.store.LoadedModel}, checking the checksum and the parameter
 * shapes, so that a truncated, edited or mismatched folder is reported as a clear error instead of
 * failing inside the engine.
 */
package org.glyphtransfer.transfer.store;
