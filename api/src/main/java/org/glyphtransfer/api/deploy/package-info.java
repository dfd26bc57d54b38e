/**
 * What a network model folder holds for DJL's {@code Criteria} and DJL Serving: the names of the
 * {@code serving.properties} keys that glyph writes and the {@code glyph-djl-serving} jar reads, so
 * that the writer and the reader share one definition.
 */
package org.glyphtransfer.api.deploy;
