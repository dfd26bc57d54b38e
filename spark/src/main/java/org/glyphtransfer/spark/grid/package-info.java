/**
 * Grids of training runs on Apache Spark: {@link org.glyphtransfer.spark.grid.SparkCells} runs each
 * cell of a {@link org.glyphtransfer.transfer.grid.Grid} as one Spark task; the grid keeps its
 * skip-if-finished logic, its {@code cell.json} files and its report.
 */
package org.glyphtransfer.spark.grid;
