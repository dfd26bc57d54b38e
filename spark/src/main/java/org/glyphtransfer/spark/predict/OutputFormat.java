package org.glyphtransfer.spark.predict;

/** How prediction rows are written. */
public enum OutputFormat {
    /** A Parquet folder (Spark's part files). */
    PARQUET,
    /** A CSV folder with a header line. */
    CSV
}
