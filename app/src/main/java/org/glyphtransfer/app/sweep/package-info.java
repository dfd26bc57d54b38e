/**
 * Sweep files for {@code glyph sweep}: a base experiment, settings for every run, and a grid whose
 * product gives the runs. {@link org.glyphtransfer.app.sweep.SweepFile} reads and checks the file;
 * {@link org.glyphtransfer.app.sweep.SweepPoint} expands its grid into named points, which the
 * library's grid runner ({@code org.glyphtransfer.transfer.grid.Grid}) runs, skips when finished, and
 * reports.
 */
package org.glyphtransfer.app.sweep;
