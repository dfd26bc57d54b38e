package org.glyphtransfer.spark.predict;

import java.io.Serializable;
import org.glyphtransfer.transfer.predict.AnswerPolicy;

/**
 * How each task classifies its partition. Immutable and serializable.
 *
 * @param topK classes per row
 * @param batch images per forward pass
 * @param onError what an unreadable image does
 * @param policy the classes answers are restricted to and the minimum confidence of an answer
 */
record PredictionOptions(int topK, int batch, OnError onError, AnswerPolicy policy) implements Serializable {}
