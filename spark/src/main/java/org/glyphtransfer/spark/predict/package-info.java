/**
 * Batch prediction on Apache Spark. {@link org.glyphtransfer.spark.predict.SparkPrediction} reads a
 * folder, glob or Parquet table of images and writes one {@link org.glyphtransfer.spark.predict.PredictionRows
 * row} per image. The model folder is broadcast to the executors, loaded once per executor JVM
 * ({@link org.glyphtransfer.spark.predict.ExecutorModels}) and shared by its tasks; each task
 * decodes and preprocesses its images exactly as {@code glyph predict} does and classifies them in
 * batches.
 */
package org.glyphtransfer.spark.predict;
