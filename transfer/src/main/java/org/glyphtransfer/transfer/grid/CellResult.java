package org.glyphtransfer.transfer.grid;

import java.util.List;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.train.PhaseOutcome;

/**
 * The outcome of one grid cell, as kept in its {@code cell.json}. Immutable.
 *
 * @param point the point: name, labels and the images per class asked for
 * @param seed the seed
 * @param trainPerClass training images per class used (training images over classes)
 * @param accuracy test accuracy after the first and the last phase, and of the scratch baseline
 * @param trainingSeconds training time of the model and its baseline together
 */
public record CellResult(GridPoint point, long seed, double trainPerClass, Accuracy accuracy, double trainingSeconds)
        implements java.io.Serializable {

    /**
     * Reads what a grid reports out of a run.
     *
     * @param cell the cell that ran
     * @param run its result
     * @return the cell's result
     */
    public static CellResult of(GridCell cell, RunResult run) {
        TrainedModel model = run.model();
        List<PhaseOutcome> phases = model.phases();
        double head = phases.isEmpty() ? model.testAccuracy() : phases.get(0).testAccuracy();
        Integer train = model.provenance().datasetSizes().get("train");
        int classes = model.provenance().classNames().size();
        double perClassUsed = train == null || classes == 0 ? 0 : (double) train / classes;
        Double scratch = run.baseline().map(TrainedModel::testAccuracy).orElse(null);
        double seconds = model.trainingSeconds()
                + run.baseline().map(TrainedModel::trainingSeconds).orElse(0.0);
        return new CellResult(
                cell.point(), cell.seed(), perClassUsed, new Accuracy(head, model.testAccuracy(), scratch), seconds);
    }
}
