package org.glyphtransfer.transfer.train;

import java.util.List;
import java.util.Map;

/**
 * What a checkpoint belongs to: the architecture, the dataset and its options, the classes and
 * the phases. Resuming with anything different is refused.
 *
 * @param label what is trained, e.g. "transfer simple-cnn → letter-folders"
 * @param seed the run's seed
 * @param architecture the model plugin and its options
 * @param dataset the dataset plugin and its options
 * @param classNames the classes
 * @param phases the phases, as {@code Phase.describe()} gives them
 */
public record RunIdentity(
        String label,
        long seed,
        PluginRef architecture,
        PluginRef dataset,
        List<String> classNames,
        List<Map<String, Object>> phases) {

    /**
     * A plugin by name with its options as text.
     *
     * @param name the plugin name
     * @param options its options
     */
    public record PluginRef(String name, Map<String, String> options) {
        @Override
        public String toString() {
            return name + " " + options;
        }
    }
}
