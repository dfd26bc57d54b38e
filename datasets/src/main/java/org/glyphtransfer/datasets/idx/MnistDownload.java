package org.glyphtransfer.datasets.idx;

import ai.djl.Application;
import ai.djl.basicdataset.BasicDatasets;
import ai.djl.repository.Artifact;
import ai.djl.repository.MRL;
import ai.djl.repository.Repository;
import java.io.IOException;
import java.util.Map;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphException;

/**
 * Falls back to the MNIST copy that DJL's {@code ai.djl.basicdataset.cv.classification.Mnist}
 * downloads (same repository, artifact and file items), reading its files with our own IDX reader
 * instead of DJL's per-sample dataset.
 */
final class MnistDownload {
    private MnistDownload() {}

    /** @return true when DJL may use the network ({@code ai.djl.offline} is not "true") */
    static boolean online() {
        return !Boolean.parseBoolean(System.getProperty("ai.djl.offline", "false"));
    }

    /**
     * Downloads (or finds in DJL's cache) the MNIST files.
     *
     * @param request for progress display
     * @param layout label numbering
     * @param lookedIn the folder searched first, for the error message
     * @return the four files
     */
    static IdxSource fetch(DatasetRequest request, IdxLayout layout, String lookedIn) {
        try {
            Repository repository = BasicDatasets.REPOSITORY;
            MRL mrl = repository.dataset(Application.CV.ANY, BasicDatasets.GROUP_ID, "mnist", "1.0");
            Artifact artifact = mrl.getDefaultArtifact();
            mrl.prepare(artifact, request.progress().orElse(null));
            Map<String, Artifact.Item> items = artifact.getFiles();
            return new IdxSource(
                    input(repository, items, "train_data"),
                    input(repository, items, "train_labels"),
                    input(repository, items, "test_data"),
                    input(repository, items, "test_labels"),
                    layout);
        } catch (IOException | RuntimeException e) {
            throw new GlyphException(
                    "MNIST files are not in " + lookedIn + " and DJL could not download them ("
                            + e.getMessage() + "); copy train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
                            + "t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz there.",
                    e);
        }
    }

    private static IdxInput input(Repository repository, Map<String, Artifact.Item> items, String key) {
        Artifact.Item item = items.get(key);
        if (item == null) {
            throw new IllegalStateException("DJL's MNIST artifact has no item '" + key + "'");
        }
        return new IdxInput("DJL cache item " + item.getName(), () -> repository.openStream(item, null));
    }
}
