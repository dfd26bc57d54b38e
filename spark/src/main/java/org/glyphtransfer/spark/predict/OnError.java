package org.glyphtransfer.spark.predict;

/** What an image that cannot be read or decoded does to a prediction job. */
public enum OnError {
    /** It gets a row with its path and the reason in the {@code error} column; the job goes on. */
    ROW,
    /** It fails the job with the reason. */
    FAIL
}
