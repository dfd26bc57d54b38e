package org.glyphtransfer.api;

/**
 * SPI of a model plugin: an architecture split into a backbone (image → feature vector) and a
 * head (features → class scores). Transfer keeps a trained backbone and asks for a fresh head
 * for the target's classes. Listed in
 * {@code META-INF/services/org.glyphtransfer.api.ModelProvider}; public no-argument constructor.
 */
public interface ModelProvider extends Plugin {
    /**
     * Builds an uninitialised network for an input shape and a number of classes.
     *
     * @param request options, input shape, class count
     * @return backbone and head; the backbone may come with weights (see {@link ModelParts#pretrainedBackbone()})
     * @throws GlyphException when the options cannot be honoured (missing weight file, input too small)
     */
    ModelParts build(ModelRequest request);
}
