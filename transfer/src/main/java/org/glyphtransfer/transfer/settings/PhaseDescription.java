package org.glyphtransfer.transfer.settings;

import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * Reads {@link Phase#describe()}'s pairs back into a phase builder, as untrusted input. A setting
 * added after model folders were first written may be missing from older ones: it then keeps the
 * builder's default, the value those folders were trained with.
 */
final class PhaseDescription {
    private static final Map<String, PhaseField> KEYS = Map.ofEntries(
            Map.entry("epochs", PhaseField.EPOCHS),
            Map.entry("learningRate", PhaseField.LEARNING_RATE),
            Map.entry("batchSize", PhaseField.BATCH_SIZE),
            Map.entry("optimizer", PhaseField.OPTIMIZER),
            Map.entry("freeze", PhaseField.FREEZE),
            Map.entry("backboneLrMultiplier", PhaseField.BACKBONE_LR_MULTIPLIER),
            Map.entry("schedule", PhaseField.SCHEDULE),
            Map.entry("patience", PhaseField.PATIENCE),
            Map.entry("weightDecay", PhaseField.WEIGHT_DECAY),
            Map.entry("momentum", PhaseField.MOMENTUM),
            Map.entry("labelSmoothing", PhaseField.LABEL_SMOOTHING),
            Map.entry("rmspropDecay", PhaseField.RMSPROP_DECAY));

    /** Settings older model folders do not have. */
    private static final java.util.Set<String> ADDED_LATER = java.util.Set.of("rmspropDecay");

    private PhaseDescription() {}

    static void read(Map<String, ?> d, PhaseBuilder b) {
        for (Map.Entry<String, PhaseField> k : KEYS.entrySet()) {
            Object raw = d.get(k.getKey());
            if (raw == null && ADDED_LATER.contains(k.getKey())) {
                continue;
            }
            if (raw == null) {
                throw new GlyphException("Phase '" + d.get("name") + "' has no '" + k.getKey() + "'.");
            }
            // JSON readers give every number as a double; whole settings are written as whole numbers.
            if (raw instanceof Double v && k.getValue().whole() && v == Math.rint(v) && Math.abs(v) < 1e15) {
                raw = v.longValue();
            }
            b.set(k.getValue(), k.getValue().parse(raw, "phase '" + d.get("name") + "' " + k.getKey()));
        }
    }
}
