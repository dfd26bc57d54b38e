package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;

/**
 * A network's parameters by stable name: counts of trainable and frozen ones, and the renaming
 * between DJL's per-process parameter ids and their paths in the network that checkpoints need.
 */
final class ParameterNames {
    private final Block network;

    ParameterNames(Block network) {
        this.network = network;
    }

    /** @return trainable and frozen parameter counts, BatchNorm running statistics left out */
    long[] countParameters() {
        long trainable = 0;
        long frozen = 0;
        for (Pair<String, Parameter> p : network.getParameters()) {
            Parameter param = p.getValue();
            if (param.getType() == Parameter.Type.RUNNING_MEAN || param.getType() == Parameter.Type.RUNNING_VAR) {
                continue;
            }
            long size = param.getArray().size();
            if (param.requiresGradient()) {
                trainable += size;
            } else {
                frozen += size;
            }
        }
        return new long[] {trainable, frozen};
    }

    Map<String, NDArray> weightsById() {
        Map<String, NDArray> byId = new HashMap<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            byId.put(p.getValue().getId(), p.getValue().getArray());
        }
        return byId;
    }

    /**
     * Renames keys ending in a parameter id (random per process) to end in the parameter's path
     * in the network (stable), for checkpoints; {@link #byId} undoes it.
     */
    <T> Map<String, T> byName(Map<String, T> byId) {
        return rekey(byId, idToName());
    }

    <T> Map<String, T> byId(Map<String, T> byName) {
        Map<String, String> nameToId = new HashMap<>();
        idToName().forEach((id, name) -> nameToId.put(name, id));
        return rekey(byName, nameToId);
    }

    private Map<String, String> idToName() {
        Map<String, String> m = new HashMap<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            m.put(p.getValue().getId(), p.getKey());
        }
        return m;
    }

    private static <T> Map<String, T> rekey(Map<String, T> in, Map<String, String> renames) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        in.forEach((key, value) -> {
            int slash = key.lastIndexOf('/');
            String prefix = slash < 0 ? "" : key.substring(0, slash + 1);
            String last = key.substring(slash + 1);
            String renamed = renames.get(last);
            if (renamed == null) {
                throw new IllegalStateException("No parameter for checkpoint entry " + key);
            }
            out.put(prefix + renamed, value);
        });
        return out;
    }

    static Map<String, NDArray> named(java.util.List<String> keys, NDList arrays) {
        Map<String, NDArray> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), arrays.get(i));
        }
        return m;
    }
}
