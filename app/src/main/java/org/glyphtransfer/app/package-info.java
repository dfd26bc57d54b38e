/**
 * The {@code glyph} command line, a thin layer over the library. Each subcommand ({@code pretrain},
 * {@code transfer}, {@code evaluate}, {@code run}, {@code predict}, {@code serve}, {@code datasets},
 * {@code models}, {@code audit}, …) reads its options and calls the fluent API of
 * {@link org.glyphtransfer.transfer} or a tool of the plugin modules. {@link org.glyphtransfer.app.GlyphMain}
 * is the entry point of {@code glyph.jar}, and {@link org.glyphtransfer.app.GlyphCommand} the root
 * command with the options every subcommand shares (plugins folder, data root, device, threads,
 * seed). A user's mistake, a {@link org.glyphtransfer.api.GlyphException}, is printed as one
 * sentence without a stack trace and ends the command with exit code 2. Experiment files are read by
 * {@link org.glyphtransfer.app.experiment}, the prediction web server lives in
 * {@link org.glyphtransfer.app.serve} and the benchmark measurements in {@link org.glyphtransfer.app.bench}.
 */
package org.glyphtransfer.app;
