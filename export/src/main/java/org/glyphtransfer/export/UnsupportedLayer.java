package org.glyphtransfer.export;

/**
 * A layer the export cannot write, with what it is; {@link OnnxExport} turns it into one sentence
 * that also names the model folder.
 */
final class UnsupportedLayer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param path where the layer sits, e.g. {@code backbone/layer2/block1}
     * @param what what the layer is and why it cannot be written
     */
    UnsupportedLayer(String path, String what) {
        super("layer '" + path + "' is " + what);
    }
}
