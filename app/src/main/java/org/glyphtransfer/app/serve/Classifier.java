package org.glyphtransfer.app.serve;

import java.awt.image.BufferedImage;
import org.glyphtransfer.transfer.predict.Prediction;

/** What the server asks of a model: classify one decoded image. Must be safe to call from several threads. */
@FunctionalInterface
public interface Classifier {
    /**
     * @param image the decoded upload
     * @param topK how many of the most probable classes to list
     * @return the prediction
     */
    Prediction classify(BufferedImage image, int topK);
}
