/**
 * The {@code glyph spark} commands, added to the {@code glyph} command line when this module is on
 * the class path (as in {@code glyph-spark.jar}); each is a thin shell over the library classes of
 * {@link org.glyphtransfer.spark.predict}.
 */
package org.glyphtransfer.spark.cli;
