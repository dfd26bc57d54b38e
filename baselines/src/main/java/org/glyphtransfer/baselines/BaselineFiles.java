package org.glyphtransfer.baselines;

import com.google.gson.GsonBuilder;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.DatasetLoading;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;

/**
 * A baseline's files in its model folder: the Tribuo model (protobuf) as the folder's parameter file,
 * saved and checksummed like a network's, glyph's {@code model.json}, and Tribuo's own provenance of
 * the model (trainer, hyper-parameters, data) in {@code tribuo-provenance.json}.
 */
final class BaselineFiles {
    /** Tribuo's provenance of the model, beside model.json. */
    static final String TRIBUO_PROVENANCE = "tribuo-provenance.json";

    private BaselineFiles() {}

    /**
     * @param dir the model folder
     * @param model the trained model
     * @param provenance glyph's provenance, without checksum
     * @return the provenance as written
     */
    static Provenance save(Path dir, Model<Label> model, Provenance provenance) {
        Provenance written = ModelFolder.save(dir, out -> model.serializeToStream(unclosable(out)), provenance);
        String json = new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(ProvenanceUtil.convertToMap(model.getProvenance()));
        try {
            AtomicFiles.write(dir.resolve(TRIBUO_PROVENANCE), json);
        } catch (IOException e) {
            throw new GlyphException(
                    "Could not write " + dir.resolve(TRIBUO_PROVENANCE) + ": " + IoErrors.reason(e) + ".", e);
        }
        return written;
    }

    /** @return the size of the folder's parameter file, or -1 when it cannot be read */
    static long modelBytes(Path dir, Provenance provenance) {
        try {
            return Files.size(dir.resolve(provenance.parameterFile()));
        } catch (IOException e) {
            return -1;
        }
    }

    /** @return glyph, Tribuo and Java versions, the Tribuo one marking the folder as a baseline's */
    static Map<String, String> versions(Model<Label> model) {
        Properties p = new Properties();
        try (InputStream in = DatasetLoading.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The version is for the record only.
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("glyph", p.getProperty("version", "unknown"));
        v.put(BaselineFolders.TRIBUO, Tribuo.VERSION);
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    /** Tribuo may close the stream it writes to; the folder's save closes it itself. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
