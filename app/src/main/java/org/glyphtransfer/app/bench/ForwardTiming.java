package org.glyphtransfer.app.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.eval.Inference;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;

/**
 * Forward-pass throughput of a saved network on the first MNIST test images, in batches of
 * {@link Inference#BATCH} with softmax, as evaluation runs them: one untimed pass, then {@link #ROUNDS}
 * timed ones. Also the peak resident memory of the process while it runs, where Linux lets it be reset.
 */
final class ForwardTiming {
    /** Timed passes over the images. */
    static final int ROUNDS = 3;

    private ForwardTiming() {}

    static void measure(Map<String, Object> result, Path modelDir, GlyphRuntime rt, int images) {
        try (NDManager manager = NDManager.newBaseManager();
                LoadedModel model = ModelFolder.load(
                        modelDir, rt.registry(), rt.dataRoot(), rt.engine().device())) {
            DatasetProvider mnist = rt.registry().dataset("mnist");
            GlyphDataset data = mnist.load(DatasetRequest.builder(mnist.parseOptions(Map.of()), manager)
                    .optDataRoot(rt.dataRoot())
                    .build());
            NDArray test = data.test().images().get(new NDIndex("0:" + images));
            boolean reset = ProcessMemory.resetPeak();
            Inference.probabilities(model.parts().network(), test, manager);
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                Inference.probabilities(model.parts().network(), test, manager);
            }
            result.put("inferImages", images);
            result.put("forwardImagesPerSecond", ROUNDS * (double) images / ((System.nanoTime() - start) / 1e9));
            if (reset) {
                result.put("inferencePeakResidentMiB", ProcessMemory.peakResidentMiB());
            }
        }
    }
}
