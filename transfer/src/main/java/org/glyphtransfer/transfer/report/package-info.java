/**
 * The report a run writes next to its model. {@link org.glyphtransfer.transfer.report.ReportWriter}
 * writes {@code report.json} for machines, {@code report.md} for people and the plots
 * {@code confusion.png}, {@code curves.png} and {@code misclassified.png}, each file atomically. It
 * is called by {@link org.glyphtransfer.transfer.Pretraining}, {@link org.glyphtransfer.transfer.Transfer}
 * and {@link org.glyphtransfer.transfer.ModelEvaluation}, and draws on the
 * {@link org.glyphtransfer.transfer.eval.Evaluation} and phase history of a
 * {@link org.glyphtransfer.transfer.TrainedModel}.
 */
package org.glyphtransfer.transfer.report;
