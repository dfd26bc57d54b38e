package org.glyphtransfer.spark.session;

import org.apache.spark.sql.SparkSession;

/**
 * Starts or joins the Spark session glyph jobs run in. Under {@code spark-submit} the session's
 * master comes from there ({@code spark.master} is set) and {@code --master} is ignored; otherwise
 * an embedded session on the given master starts, without its web UI.
 */
public final class GlyphSpark {
    private GlyphSpark() {}

    /**
     * @param master the master to use when not under spark-submit, e.g. {@code local[*]}
     * @param appName the application's name in Spark's logs and UI
     * @return the session
     * @throws org.glyphtransfer.api.GlyphException when the master URL is malformed or unreachable
     */
    public static SparkSession session(String master, String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (System.getProperty("spark.master") == null) {
            MasterUrl.check(master);
            builder.master(master)
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    // A standalone master that goes away mid-job should not keep the driver waiting.
                    .config("spark.deploy.maxExecutorRetries", "1")
                    // Local files are read and written without Hadoop's .crc side files: checking them costs
                    // a second file opened per image, about a quarter of a task's time on small scans.
                    .config("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        }
        return builder.getOrCreate();
    }
}
