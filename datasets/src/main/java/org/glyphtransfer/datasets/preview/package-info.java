/**
 * Contact sheets for checking a dataset by eye. {@link org.glyphtransfer.datasets.preview.ContactSheet}
 * writes a PNG with one row per class, showing each sample as stored beside what the model sees,
 * so a preprocessing problem shows before any training. The {@code glyph dataset preview} command
 * is a thin layer over it.
 */
package org.glyphtransfer.datasets.preview;
