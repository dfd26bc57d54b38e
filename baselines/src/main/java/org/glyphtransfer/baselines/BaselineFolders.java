package org.glyphtransfer.baselines;

import java.io.IOException;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.store.FolderModelProvider;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.ScoringModel;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Loads baseline model folders for prediction, evaluation and serving: a folder whose
 * {@code model.json} names a baseline method as its architecture and records a Tribuo version. The
 * parameter file is the Tribuo model in Tribuo's protobuf format. Registered as a
 * {@link FolderModelProvider} service.
 */
public final class BaselineFolders implements FolderModelProvider {
    /** The key in {@code model.json}'s versions that marks a baseline folder. */
    static final String TRIBUO = "tribuo";

    /** Used by {@link java.util.ServiceLoader}. */
    public BaselineFolders() {}

    @Override
    public boolean handles(Provenance provenance) {
        return provenance.versions().containsKey(TRIBUO)
                && Method.find(provenance.architecture()).isPresent();
    }

    @Override
    public ScoringModel load(Path dir, Provenance provenance, Path parameters) {
        Method method = Method.of(provenance.architecture());
        Model<?> loaded;
        try {
            loaded = Model.deserializeFromFile(parameters);
        } catch (IOException | RuntimeException e) {
            throw new GlyphException(
                    "Parameter file " + parameters + " does not hold a Tribuo " + method.id() + " model ("
                            + IoErrors.plainMessage(e) + "); retrain the baseline.",
                    e);
        }
        if (!loaded.validate(Label.class)) {
            throw new GlyphException("Parameter file " + parameters + " holds a Tribuo model of another kind than a "
                    + "classifier; retrain the baseline.");
        }
        Model<Label> model = loaded.castModel(Label.class);
        for (String name : provenance.classNames()) {
            if (model.getOutputIDInfo().getID(new Label(name)) < 0) {
                throw new GlyphException("Parameter file " + parameters + " has no class '" + name + "' that "
                        + dir.resolve("model.json") + " lists; restore the model.json written with it.");
            }
        }
        return new TribuoScoring(model, provenance, method);
    }
}
