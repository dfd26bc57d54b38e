/**
 * Starting the Spark session glyph jobs run in: embedded ({@code local[*]}) by default, the
 * cluster's under {@code spark-submit}, with the master URL checked before Spark would retry it.
 */
package org.glyphtransfer.spark.session;
