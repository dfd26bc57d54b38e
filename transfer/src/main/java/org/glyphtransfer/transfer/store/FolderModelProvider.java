package org.glyphtransfer.transfer.store;

import java.nio.file.Path;

/**
 * Loads model folders of a kind this module does not build itself, such as classic baselines: a
 * service found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.glyphtransfer.transfer.store.FolderModelProvider}). Such a folder has
 * the same {@code model.json} as a network's, checked against the same schema, and its parameter file
 * is saved and checksummed by {@link ModelFolder}; its {@code architecture} names what the provider
 * recognises instead of a model plugin. {@link ModelFolder#loadScoring} asks every provider before it
 * treats a folder as a network, so prediction, evaluation and serving take any kind of folder.
 */
public interface FolderModelProvider {
    /**
     * @param provenance a folder's validated {@code model.json}
     * @return whether this provider loads that folder
     */
    boolean handles(Provenance provenance);

    /**
     * Loads a folder this provider handles.
     *
     * @param dir the model folder
     * @param provenance its validated {@code model.json}
     * @param parameters its parameter file, its checksum already verified
     * @return the loaded model; the caller closes it
     * @throws org.glyphtransfer.api.GlyphException naming the folder when the file does not hold such a model
     */
    ScoringModel load(Path dir, Provenance provenance, Path parameters);
}
