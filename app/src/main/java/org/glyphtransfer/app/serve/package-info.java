/**
 * The prediction web server behind {@code glyph serve}: a page to draw or upload a letter,
 * {@code POST /api/predict} and {@code GET /api/model}, on the JDK's built-in HTTP server.
 * {@link org.glyphtransfer.app.serve.PredictionServer} serves a
 * {@link org.glyphtransfer.transfer.predict.Predictor}, or any other
 * {@link org.glyphtransfer.app.serve.Classifier}, and is safe by default: it binds to 127.0.0.1,
 * limits upload size and image dimensions, runs inference in a bounded worker pool and times out
 * slow requests. Every refusal reaches the client as an HTTP status and a one-sentence JSON error.
 */
package org.glyphtransfer.app.serve;
