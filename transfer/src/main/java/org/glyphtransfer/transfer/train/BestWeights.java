package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.LinkedHashMap;
import java.util.Map;

/** A copy of every parameter at the best epoch so far, for early stopping. */
final class BestWeights implements AutoCloseable {
    private final Block network;
    private final NDManager parent;
    private NDManager copies;
    private final Map<String, NDArray> values = new LinkedHashMap<>();

    BestWeights(Block network, NDManager parent) {
        this.network = network;
        this.parent = parent;
    }

    void capture() {
        close();
        copies = parent.newSubManager();
        for (Pair<String, Parameter> p : network.getParameters()) {
            NDArray copy = p.getValue().getArray().duplicate();
            copy.attach(copies);
            values.put(p.getValue().getId(), copy);
        }
    }

    /** @return the saved copies, keyed by parameter id */
    Map<String, NDArray> export() {
        return values;
    }

    /** Takes copies saved in a checkpoint as the best weights. */
    void importFrom(Map<String, NDArray> saved) {
        close();
        copies = parent.newSubManager();
        saved.forEach((id, array) -> {
            NDArray copy = array.duplicate();
            copy.attach(copies);
            values.put(id, copy);
        });
    }

    boolean captured() {
        return !values.isEmpty();
    }

    void restore() {
        for (Pair<String, Parameter> p : network.getParameters()) {
            NDArray saved = values.get(p.getValue().getId());
            if (saved != null) {
                TensorCopy.into(saved, p.getValue().getArray());
            }
        }
    }

    @Override
    public void close() {
        values.clear();
        if (copies != null) {
            copies.close();
            copies = null;
        }
    }
}
