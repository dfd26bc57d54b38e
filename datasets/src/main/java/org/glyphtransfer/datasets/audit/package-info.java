/**
 * Dataset audits, for the problems that make results lie: duplicates inside a split, the same image
 * in two splits or under two classes, near-duplicates by perceptual hash, and unreadable files.
 * {@link org.glyphtransfer.datasets.audit.DatasetAudit} audits any dataset plugin with its options
 * (folder datasets file by file, others from their loaded tensors) or a folder of class folders,
 * and returns an {@link org.glyphtransfer.datasets.audit.AuditReport} as text for people or JSON for
 * machines. The {@code glyph audit} command is a thin layer over it.
 */
package org.glyphtransfer.datasets.audit;
