/**
 * Metrics of a model on one split. {@link org.glyphtransfer.transfer.eval.Evaluator} runs the
 * forward passes (through {@link org.glyphtransfer.transfer.eval.Inference}) and returns an
 * {@link org.glyphtransfer.transfer.eval.Evaluation}: accuracy, loss, per-class
 * {@link org.glyphtransfer.transfer.eval.ClassMetrics}, the confusion matrix, prediction
 * confidences ({@link org.glyphtransfer.transfer.eval.ConfidenceStats}) and the most
 * {@link org.glyphtransfer.transfer.eval.ConfusedPair confused pairs} of classes. Training evaluates
 * on the test split after every phase, and {@link org.glyphtransfer.transfer.ModelEvaluation} does
 * the same for a saved model; {@link org.glyphtransfer.transfer.report} turns the result into report
 * files.
 */
package org.glyphtransfer.transfer.eval;
