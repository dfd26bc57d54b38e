package org.glyphtransfer.spark.predict;

import java.io.Serializable;

/**
 * How each task classifies its partition. Immutable and serializable.
 *
 * @param topK classes per row
 * @param batch images per forward pass
 * @param onError what an unreadable image does
 */
record PredictionOptions(int topK, int batch, OnError onError) implements Serializable {}
