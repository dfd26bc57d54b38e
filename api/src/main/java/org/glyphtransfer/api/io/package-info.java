/**
 * File helpers for glyph and its plugins: {@link org.glyphtransfer.api.io.AtomicFiles} writes a
 * file (or a whole folder) so that a crash, a kill or a full disk never leaves a half-written file
 * under the target's name, and {@link org.glyphtransfer.api.io.IoErrors} turns a file-system
 * {@link java.io.IOException} into the reason a user can act on ("No space left on device",
 * "permission denied") for a one-sentence error message.
 */
package org.glyphtransfer.api.io;
