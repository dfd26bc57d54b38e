/**
 * One runner for every grid of training runs: named points × seeds, each cell in its own folder,
 * finished cells kept and skipped on a restart, and one report (Markdown table, CSV, JSON and a
 * plot) for the whole grid.
 *
 * <p>{@link org.glyphtransfer.transfer.grid.Grid} runs the cells; the work of a cell is a
 * {@link org.glyphtransfer.transfer.grid.CellWork} the caller supplies (a transfer, an experiment)
 * that returns the run's {@link org.glyphtransfer.transfer.RunResult}. Each finished cell is kept
 * as a {@link org.glyphtransfer.transfer.grid.CellResult} in {@code cell.json}; the summary per
 * point is a {@link org.glyphtransfer.transfer.grid.PointSummary}. The data-efficiency study and
 * {@code glyph sweep} are both grids.
 */
package org.glyphtransfer.transfer.grid;
