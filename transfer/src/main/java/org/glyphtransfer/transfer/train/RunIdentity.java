package org.glyphtransfer.transfer.train;

import org.glyphtransfer.transfer.settings.Phase;
import java.util.List;
import java.util.Map;

/**
 * What a checkpoint belongs to: the architecture, the dataset and its options, the classes and
 * the phases. Resuming with anything different is refused.
 *
 * @param label what is trained, e.g. "transfer simple-cnn → letter-folders"
 * @param architecture the model plugin
 * @param architectureOptions its options as text
 * @param seed the run's seed
 * @param dataset the dataset plugin
 * @param datasetOptions its options as text
 * @param classNames the classes
 * @param phases the phases, as {@link Phase#describe()} gives them
 */
public record RunIdentity(String label, String architecture, Map<String, String> architectureOptions, long seed, String dataset, Map<String, String> datasetOptions,
        List<String> classNames, List<Map<String, Object>> phases) {}
