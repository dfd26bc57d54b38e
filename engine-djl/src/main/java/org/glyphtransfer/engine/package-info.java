/**
 * Starting DJL's PyTorch engine, in one place.
 * {@link org.glyphtransfer.engine.GlyphEngine#start(EngineOptions) GlyphEngine.start} takes
 * {@link org.glyphtransfer.engine.EngineOptions} (device, intra-op threads, random seed, whether DJL
 * may download) and returns the {@link org.glyphtransfer.engine.EngineInfo} it chose. A device is
 * named as {@link org.glyphtransfer.engine.DeviceSpec} parses it: {@code auto}, {@code cpu},
 * {@code gpu} or {@code gpu:N}. Library users rarely call this package directly: the
 * {@code GlyphRuntime} of {@code org.glyphtransfer.transfer} starts the engine with its options when
 * a run first needs it, and {@code glyph env} shows what was chosen.
 */
package org.glyphtransfer.engine;
