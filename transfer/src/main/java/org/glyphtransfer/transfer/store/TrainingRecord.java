package org.glyphtransfer.transfer.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * How a model was trained, as its {@code model.json} records it: the exact phases, in order, and
 * where they ran. Read back, the phases are checked like any user input, and equal the ones that
 * were trained.
 *
 * @param phases the phases, in the order they ran
 * @param device the device, e.g. {@code cpu}
 * @param threads intra-op threads
 */
public record TrainingRecord(List<Phase> phases, String device, int threads) {
    /** Copies the phase list. */
    public TrainingRecord {
        phases = List.copyOf(phases);
    }

    /** @return the record as JSON-ready pairs, phases as {@link Phase#describe()} gives them */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phases", phases.stream().map(Phase::describe).toList());
        m.put("device", device);
        m.put("threads", threads);
        return m;
    }
}
