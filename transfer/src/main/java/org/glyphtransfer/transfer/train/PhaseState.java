package org.glyphtransfer.transfer.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a phase stands after an epoch: its history, the best validation loss and epoch, the
 * early-stopping and plateau counters, the learning-rate scale and the time spent. Mutable; owned
 * by one {@link PhaseRunner}; serialised into checkpoints.
 */
final class PhaseState {
    List<EpochStats> history = new ArrayList<>();
    int bestEpoch;
    double bestLoss = Double.POSITIVE_INFINITY;
    int sinceImprovement;
    int sincePlateauCut;
    double lrScale = 1;
    boolean bestCaptured;
    double seconds;

    int epochsDone() {
        return history.size();
    }
}
