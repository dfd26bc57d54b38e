package org.glyphtransfer.datasets.audit;

/**
 * What the audit knows about one sample: where it is, its class, and three fingerprints —
 * of the file's bytes, of its decoded pixels, and a perceptual hash of what the model sees.
 *
 * @param split "train", "test", "validation" or "all"
 * @param className the class
 * @param id file path relative to the dataset folder, or sample id
 * @param byteHash hash of the file bytes, or {@code null} for tensor datasets
 * @param pixelHash hash of the decoded pixels, or {@code null} when unreadable
 * @param perceptualHash 64-bit difference hash
 * @param problem why the file cannot be read, or {@code null}
 */
record AuditItem(
        String split,
        String className,
        String id,
        String byteHash,
        String pixelHash,
        long perceptualHash,
        String problem) {

    boolean readable() {
        return problem == null;
    }
}
