package org.glyphtransfer.transfer.store;

import ai.djl.ndarray.types.Shape;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.glyphtransfer.api.deploy.ServingKeys;

/**
 * A network's parameter file in DJL's layout ({@code Model.save}): a short header (magic
 * {@code DJL@}, version, model name, data type, input shapes, properties) and then the block's
 * parameters. DJL's {@code Model.load} reads the file as it is, so a folder stores its weights once.
 * Folders written before held the block's parameters alone ({@code model.params}); {@link #skipHeader}
 * reads both.
 */
final class DjlParameterFile {
    /** The two names a network's parameters alternate between (see {@link ModelSave}). */
    static final String FIRST = ServingKeys.parameterFile(0);

    static final String SECOND = ServingKeys.parameterFile(1);

    private static final byte[] MAGIC = "DJL@".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private DjlParameterFile() {}

    /**
     * Writes DJL's header; the block's parameters follow.
     *
     * @param out the parameter file
     * @param inputShape one input, C × H × W
     * @throws IOException when writing fails
     */
    static void writeHeader(DataOutputStream out, Shape inputShape) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(ServingKeys.MODEL_NAME);
        out.writeUTF("FLOAT32");
        out.writeInt(1);
        out.writeUTF("data");
        out.write(ModelFolder.batchOf(inputShape).getEncoded());
        out.writeInt(0);
    }

    /**
     * Moves past DJL's header when the file has one, so the block's parameters come next.
     *
     * @param in the parameter file, at its start; must support mark and reset
     * @throws IOException when the header is damaged or of another version
     */
    static void skipHeader(DataInputStream in) throws IOException {
        in.mark(MAGIC.length);
        byte[] start = new byte[MAGIC.length];
        int read = in.readNBytes(start, 0, start.length);
        if (read < start.length || !Arrays.equals(start, MAGIC)) {
            in.reset();
            return;
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("DJL parameter file version " + version + ", not " + VERSION);
        }
        in.readUTF();
        in.readUTF();
        for (int inputs = in.readInt(), i = 0; i < inputs; i++) {
            in.readUTF();
            Shape.decode(in);
        }
        for (int properties = in.readInt(), i = 0; i < properties; i++) {
            in.readUTF();
            in.readUTF();
        }
    }

    /**
     * @param fileName a parameter file's name
     * @return its epoch number in DJL's layout, or -1 for a name of the earlier layout
     */
    static int epochOf(String fileName) {
        if (FIRST.equals(fileName)) {
            return 0;
        }
        return SECOND.equals(fileName) ? 1 : -1;
    }
}
