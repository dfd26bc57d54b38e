package org.glyphtransfer.datasets.audit;

import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.folders.ClassFolders;

/**
 * Audits a dataset for the problems that make results lie: duplicates inside a split, the same
 * image in two splits, near-duplicates, unreadable files, and datasets that are mostly copies.
 *
 * <p>Folder datasets (a {@code root} option) are audited file by file, every class folder
 * included ({@code Not<class>} too): bytes, decoded pixels, and a perceptual hash of the file's
 * grey image. The hash is taken on the picture as stored, not after preprocessing: normalised
 * letters of one class look alike (a 64-bit hash cannot tell two writers' "I" apart), while the
 * raw scan keeps its paper and framing, so near-duplicates mean re-saved or resized copies of one
 * scan. Other datasets are loaded and their tensors audited (pixel duplicates, leakage,
 * near-duplicates); that path needs a started engine.
 */
public final class DatasetAudit {
    /**
     * Perceptual hashes within this many bits of 64 count as near-duplicates. On the letter
     * scans, a copy resized to 85 % stays within 7 bits in nine cases of ten, while the closest
     * different scan of the same letter is 10 bits or more away.
     */
    public static final int NEAR_DISTANCE = 6;

    private DatasetAudit() {}

    /**
     * Audits the dataset a plugin and its options describe.
     *
     * @param provider the dataset plugin
     * @param options its validated options
     * @param dataRoot what relative paths are resolved against
     * @return the report
     */
    public static AuditReport audit(DatasetProvider provider, PluginOptions options, DataRoot dataRoot) {
        if (options.has("root")) {
            return auditFolder(provider.name(), dataRoot.resolve(options.getString("root")));
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = provider.load(DatasetRequest.builder(options, manager)
                    .optDataRoot(dataRoot)
                    .build());
            return auditTensors(data, options.asText().toString());
        }
    }

    /**
     * Audits a folder dataset.
     *
     * @param root the folder with Training/ and Testing/ (or class folders)
     * @return the report
     */
    public static AuditReport auditFolder(Path root) {
        return auditFolder("letter-folders", root);
    }

    private static AuditReport auditFolder(String dataset, Path root) {
        ClassFolders folders = ClassFolders.scan(root);
        List<String> splits = new ArrayList<>();
        List<String> splitOf = new ArrayList<>();
        List<String> classOf = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        String trainName = folders.hasTestFolder() ? "train" : "all";
        splits.add(trainName);
        for (String c : folders.classNames()) {
            for (Path f : folders.trainFiles(c)) {
                splitOf.add(trainName);
                classOf.add(c);
                files.add(f);
            }
        }
        Set<String> classes = new LinkedHashSet<>(folders.classNames());
        if (folders.hasTestFolder()) {
            splits.add("test");
            for (String c : folders.testClassNames()) {
                classes.add(c);
                for (Path f : folders.testFiles(c)) {
                    splitOf.add("test");
                    classOf.add(c);
                    files.add(f);
                }
            }
        }
        AuditItem[] items = new AuditItem[files.size()];
        IntStream.range(0, files.size())
                .parallel()
                .forEach(i -> items[i] = fingerprint(
                        files.get(i),
                        splitOf.get(i),
                        classOf.get(i),
                        root.relativize(files.get(i)).toString()));
        return new AuditAnalyzer(NEAR_DISTANCE)
                .analyse(dataset, root.toString(), List.of(items), splits, new ArrayList<>(classes));
    }

    private static AuditItem fingerprint(Path file, String split, String className, String id) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new AuditItem(split, className, id, null, null, 0, "cannot be read: " + e.getMessage());
        }
        String byteHash = Fingerprints.sha256(bytes);
        BufferedImage image;
        try {
            image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return new AuditItem(split, className, id, byteHash, null, 0, "corrupt image data: " + e.getMessage());
        }
        if (image == null) {
            return new AuditItem(split, className, id, byteHash, null, 0, "no image decoder recognises its content");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        long perceptual = Fingerprints.differenceHash(Fingerprints.grey(argb), w, h);
        return new AuditItem(split, className, id, byteHash, Fingerprints.pixelHash(w, h, argb), perceptual, null);
    }

    private static AuditReport auditTensors(GlyphDataset data, String source) {
        List<AuditItem> items = new ArrayList<>();
        int height = (int) data.inputShape().get(1);
        int width = (int) data.inputShape().get(2);
        String[] names = {"train", "validation", "test"};
        DataSplit[] splits = {data.train(), data.validation(), data.test()};
        for (int s = 0; s < splits.length; s++) {
            DataSplit split = splits[s];
            float[] all = split.images().toFloatArray();
            int size = all.length / Math.max(1, split.size());
            for (int i = 0; i < split.size(); i++) {
                float[] one = new float[size];
                System.arraycopy(all, i * size, one, 0, size);
                String id = split.sampleIds().isEmpty()
                        ? names[s] + " #" + i
                        : split.sampleIds().get(i);
                items.add(new AuditItem(
                        names[s],
                        data.classNames().get(split.label(i)),
                        id,
                        null,
                        Fingerprints.pixelHash(width, height, one),
                        Fingerprints.differenceHash(one, width, height),
                        null));
            }
        }
        return new AuditAnalyzer(NEAR_DISTANCE).analyse(data.name(), source, items, List.of(names), data.classNames());
    }
}
