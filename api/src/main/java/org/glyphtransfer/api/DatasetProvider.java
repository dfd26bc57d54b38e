package org.glyphtransfer.api;

/**
 * SPI of a dataset plugin. Implementations are listed in
 * {@code META-INF/services/org.glyphtransfer.api.DatasetProvider} and found with
 * {@link java.util.ServiceLoader}, on the class path or in a jar in the plugins folder.
 * They must have a public no-argument constructor and be stateless.
 */
public interface DatasetProvider extends Plugin {
    /**
     * Loads the dataset.
     *
     * @param request options, data root, tensor manager, seed and progress
     * @return train, validation and test splits with class names
     * @throws GlyphException when files are missing or corrupt, naming the file and position
     */
    GlyphDataset load(DatasetRequest request);

    /**
     * The preprocessing that turns a user's image file into a model input like this dataset's
     * samples. The default converts to grey and resizes to 28 × 28, keeping light-on-dark
     * images as they are and inverting dark-on-light ones.
     *
     * @param options the options the model was trained with
     * @return the preprocessor
     */
    default ImagePreprocessor preprocessor(PluginOptions options) {
        return new ResizePreprocessor(28, 28);
    }
}
