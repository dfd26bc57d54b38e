package org.glyphtransfer.app;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;

/** Classifies image files in batches, keeping each file's own error instead of stopping at the first. */
final class FilePredictions {
    /** Files decoded and classified together: big enough for fast batches, small enough for memory. */
    private static final int CHUNK = 256;

    /**
     * The outcome for one file.
     *
     * @param input the file
     * @param prediction what the model says, or null when the file could not be read
     * @param error one sentence naming the file, or null
     */
    record Result(ImageInputs.Entry input, Prediction prediction, String error) {
        boolean failed() {
            return prediction == null;
        }
    }

    private FilePredictions() {}

    static List<Result> run(Predictor predictor, List<ImageInputs.Entry> inputs, int topK) {
        List<Result> results = new ArrayList<>(inputs.size());
        for (int start = 0; start < inputs.size(); start += CHUNK) {
            List<ImageInputs.Entry> chunk = inputs.subList(start, Math.min(inputs.size(), start + CHUNK));
            Result[] slots = new Result[chunk.size()];
            BufferedImage[] images = new BufferedImage[chunk.size()];
            java.util.stream.IntStream.range(0, chunk.size()).parallel().forEach(i -> {
                ImageInputs.Entry entry = chunk.get(i);
                if (entry.problem() != null) {
                    slots[i] = new Result(entry, null, entry.problem());
                    return;
                }
                try {
                    images[i] = predictor.decoder().read(entry.file());
                } catch (GlyphException e) {
                    slots[i] = new Result(entry, null, e.getMessage());
                }
            });
            List<BufferedImage> readable = new ArrayList<>();
            for (BufferedImage image : images) {
                if (image != null) {
                    readable.add(image);
                }
            }
            List<Prediction> predictions = predictor.predictAll(readable, topK);
            int next = 0;
            for (int i = 0; i < slots.length; i++) {
                results.add(slots[i] != null ? slots[i] : new Result(chunk.get(i), predictions.get(next++), null));
            }
        }
        return results;
    }
}
