package org.glyphtransfer.app.serve;

import java.awt.image.BufferedImage;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
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

    /**
     * Classifies under an answer policy: the prediction restricted to the policy's classes and held to its
     * minimum confidence.
     *
     * @param image the decoded upload
     * @param topK how many of the most probable classes to list
     * @param policy the classes that may be answered and the minimum confidence
     * @return the prediction
     * @throws org.glyphtransfer.api.GlyphException when the policy names a class the model does not have
     */
    default Prediction classify(BufferedImage image, int topK, AnswerPolicy policy) {
        return classify(image, topK).answering(policy, "being served");
    }
}
