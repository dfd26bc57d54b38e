package org.glyphtransfer.baselines;

import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;

/** Trains a Tribuo model on a dataset: one Tribuo trainer, or several whose models Tribuo combines. */
@FunctionalInterface
interface Learner {
    /**
     * @param data the training examples
     * @return the trained model
     */
    Model<Label> train(Dataset<Label> data);

    /**
     * @param trainer a Tribuo trainer
     * @return it as a learner
     */
    static Learner of(Trainer<Label> trainer) {
        return trainer::train;
    }
}
