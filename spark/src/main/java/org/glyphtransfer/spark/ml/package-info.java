/**
 * Spark ML pipeline stages: {@link org.glyphtransfer.spark.ml.GlyphClassifier} classifies an
 * image column of a DataFrame with a glyph model folder, for users who compose their own pipelines.
 */
package org.glyphtransfer.spark.ml;
