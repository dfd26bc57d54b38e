package org.glyphtransfer.spark.predict;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;

/**
 * What a task needs to find or load the model on its executor: the model's id (folder name and
 * parameter checksum), its folder name, the broadcast folder bytes and the engine settings.
 * Serializable; the bytes travel once per executor through Spark's broadcast, not with each task.
 *
 * @param id the model id, e.g. {@code letters@3f2a9c1b07de}
 * @param folderName the model folder's name, kept when unpacked
 * @param archive the zipped model folder
 * @param device the device executors compute on, e.g. {@code cpu}
 * @param threads intra-op threads of each executor's engine
 * @param cascade whether the specialists the model folder names take part
 */
public record ShippedModel(
        String id, String folderName, Broadcast<byte[]> archive, String device, int threads, boolean cascade)
        implements Serializable {
    /** Checks the fields. */
    public ShippedModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folderName, "folderName");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(device, "device");
    }

    /** @return what the executor's loaded copy is kept by: the model id, and whether its cascade is off */
    public String key() {
        return cascade ? id : id + " without its cascade";
    }
}
