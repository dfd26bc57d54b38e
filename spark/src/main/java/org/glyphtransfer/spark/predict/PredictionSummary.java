package org.glyphtransfer.spark.predict;

import java.util.Map;

/**
 * What a prediction job did. Immutable.
 *
 * @param output where the table was written
 * @param inputs images found in the input
 * @param rows rows written (equal to {@code inputs}: every image gets a row)
 * @param failed rows whose image could not be classified
 * @param modelId the model's id, as in the table's {@code model} column
 * @param loadsPerExecutor how many times each executor loaded the model in this job (executors
 *     that had it loaded from an earlier job in the same JVM load it 0 times and are not listed)
 * @param seconds wall time of the job, reading to writing, without the session's start
 */
public record PredictionSummary(
        String output,
        long inputs,
        long rows,
        long failed,
        String modelId,
        Map<String, Integer> loadsPerExecutor,
        double seconds) {
    /** Copies the map. */
    public PredictionSummary {
        loadsPerExecutor = Map.copyOf(loadsPerExecutor);
    }
}
