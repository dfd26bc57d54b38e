package org.glyphtransfer.datasets.preview;

import ai.djl.ndarray.NDManager;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ImagePreprocessor;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.datasets.folders.ClassFolders;

/**
 * A PNG contact sheet for checking preprocessing by eye: one row per class, each sample shown
 * raw (on a checkerboard, so transparency shows) beside what the model sees, scaled up. Folder
 * datasets (a {@code root} option) show raw files and the plugin's own preprocessor; other
 * datasets are loaded and show their training tensors.
 */
public final class ContactSheet {
    private static final int CELL = 84;
    private static final int GAP = 6;
    private static final int LABEL = 56;

    private ContactSheet() {}

    /**
     * Writes a contact sheet with six samples per class.
     *
     * @param provider the dataset plugin
     * @param options its validated options
     * @param dataRoot the data root
     * @param out the PNG to write
     * @return {@code out}
     */
    public static Path writeContactSheet(DatasetProvider provider, PluginOptions options, DataRoot dataRoot, Path out) {
        return writeContactSheet(provider, options, dataRoot, out, 6);
    }

    /**
     * Writes a contact sheet.
     *
     * @param provider the dataset plugin
     * @param options its validated options
     * @param dataRoot the data root
     * @param out the PNG to write
     * @param perClass samples per class
     * @return {@code out}
     */
    public static Path writeContactSheet(
            DatasetProvider provider, PluginOptions options, DataRoot dataRoot, Path out, int perClass) {
        List<Row> rows = options.has("root")
                ? folderRows(
                        provider.preprocessor(options),
                        ClassFolders.scan(dataRoot.resolve(options.getString("root"))),
                        perClass)
                : tensorRows(provider, options, dataRoot, perClass);
        write(render(rows, perClass), out);
        return out;
    }

    private record Row(String label, List<BufferedImage> raw, List<float[]> processed, int side) {}

    private static List<Row> folderRows(ImagePreprocessor preprocessor, ClassFolders folders, int perClass) {
        int side = (int) preprocessor.outputShape().get(1);
        List<Row> rows = new ArrayList<>();
        for (String name : folders.classNames()) {
            List<Path> files = folders.trainFiles(name);
            List<BufferedImage> raw = new ArrayList<>();
            List<float[]> processed = new ArrayList<>();
            for (int k = 0; k < Math.min(perClass, files.size()); k++) {
                Path file = files.get((int) ((long) k * files.size() / Math.min(perClass, files.size())));
                BufferedImage image = read(file);
                if (image != null) {
                    raw.add(image);
                    processed.add(preprocessor.apply(image));
                }
            }
            rows.add(new Row(name, raw, processed, side));
        }
        return rows;
    }

    private static BufferedImage read(Path file) {
        try {
            return readImage(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<Row> tensorRows(
            DatasetProvider provider, PluginOptions options, DataRoot dataRoot, int perClass) {
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = provider.load(DatasetRequest.builder(options, manager)
                    .optDataRoot(dataRoot)
                    .build());
            DataSplit train = data.train();
            int side = (int) data.inputShape().get(1);
            int size = (int) data.inputShape().size();
            float[] all = train.images().toFloatArray();
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < data.numClasses(); c++) {
                List<float[]> processed = new ArrayList<>();
                for (int i = 0; i < train.size() && processed.size() < perClass; i++) {
                    if (train.label(i) == c) {
                        float[] one = new float[size];
                        System.arraycopy(all, i * size, one, 0, size);
                        processed.add(one);
                    }
                }
                rows.add(new Row(data.classNames().get(c), List.of(), processed, side));
            }
            return rows;
        }
    }

    private static BufferedImage render(List<Row> rows, int perClass) {
        boolean withRaw = rows.stream().anyMatch(r -> !r.raw().isEmpty());
        int pair = withRaw ? 2 * CELL + GAP : CELL;
        int width = LABEL + perClass * (pair + 2 * GAP);
        int height = GAP + rows.size() * (CELL + GAP);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(new Color(60, 60, 70));
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = GAP + r * (CELL + GAP);
            g.setColor(Color.WHITE);
            g.drawString(row.label(), 8, y + CELL / 2 + 8);
            for (int k = 0; k < row.processed().size(); k++) {
                int x = LABEL + k * (pair + 2 * GAP);
                if (withRaw) {
                    drawRaw(g, row.raw().get(k), x, y);
                    x += CELL + GAP;
                }
                g.drawImage(toImage(row.processed().get(k), row.side()), x, y, CELL, CELL, null);
            }
        }
        g.dispose();
        return sheet;
    }

    private static void drawRaw(Graphics2D g, BufferedImage image, int x, int y) {
        for (int cy = 0; cy < CELL; cy += 6) {
            for (int cx = 0; cx < CELL; cx += 6) {
                g.setColor(((cx + cy) / 6) % 2 == 0 ? new Color(235, 120, 200) : new Color(150, 220, 150));
                g.fillRect(x + cx, y + cy, 6, 6);
            }
        }
        double scale = Math.min((double) CELL / image.getWidth(), (double) CELL / image.getHeight());
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        g.drawImage(image, x + (CELL - w) / 2, y + (CELL - h) / 2, w, h, null);
    }

    private static BufferedImage toImage(float[] values, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        int[] grey = new int[side * side];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = Math.round(Math.max(0f, Math.min(1f, values[i])) * 255f);
        }
        image.getRaster().setPixels(0, 0, side, side, grey);
        return image;
    }

    /** Encodes the sheet in memory, then writes it atomically: a failed write leaves no broken PNG behind. */
    private static void write(BufferedImage sheet, Path out) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(sheet, "png", png)) {
                throw new IOException("no PNG writer");
            }
            AtomicFiles.write(out, png.toByteArray());
        } catch (IOException e) {
            throw new GlyphException(
                    "Contact sheet " + out + " cannot be written (" + IoErrors.reason(e) + "); choose a writable path.",
                    e);
        }
    }

    /** Reads through the Path: a File would be rebuilt from the name as text, which LANG=C cannot spell. */
    private static BufferedImage readImage(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return ImageIO.read(in);
        }
    }
}
