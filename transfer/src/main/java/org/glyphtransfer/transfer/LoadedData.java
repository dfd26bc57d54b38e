package org.glyphtransfer.transfer;

import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.PluginOptions;

/**
 * A dataset loaded through its plugin, with the options it was loaded with.
 *
 * @param provider the plugin
 * @param options its parsed options
 * @param dataset the splits
 */
public record LoadedData(DatasetProvider provider, PluginOptions options, GlyphDataset dataset) {}
