/**
 * Classifying new images with a saved model. {@link org.glyphtransfer.transfer.predict.Predictor}
 * loads a model folder and prepares each image with the preprocessor of the dataset plugin the
 * model was trained on, so a photo of a letter is normalised exactly as the training images were;
 * it is thread-safe, so a server can share one. Each image gives a
 * {@link org.glyphtransfer.transfer.predict.Prediction} with the probability of every class and
 * the best ones as {@link org.glyphtransfer.transfer.predict.ClassScore}s.
 * {@link org.glyphtransfer.transfer.predict.ImageDecoder} reads PNG, JPEG, GIF and BMP files and
 * refuses oversized images before decoding them; {@code glyph predict} and {@code glyph serve} are
 * built on this package.
 */
package org.glyphtransfer.transfer.predict;
