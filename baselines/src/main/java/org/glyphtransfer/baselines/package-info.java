/**
 * Classic baselines beside the networks, on Tribuo: k-NN, kernel and linear SVMs, random forests,
 * logistic regression and gradient boosting, trained on exactly a dataset plugin's splits and
 * preprocessed images. {@link org.glyphtransfer.baselines.Baseline} is the fluent API;
 * {@link org.glyphtransfer.baselines.BaselineFolders} lets prediction, evaluation and serving load a
 * baseline's model folder through glyph's folder-model service.
 */
package org.glyphtransfer.baselines;
