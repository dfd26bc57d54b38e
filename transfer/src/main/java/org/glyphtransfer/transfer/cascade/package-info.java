/**
 * Cascades: a model folder may name specialists, models trained on a subset of its classes (say
 * {@code O} and {@code 0}); whenever the main model's best class is in a specialist's subset, the
 * specialist decides among that subset. {@link org.glyphtransfer.transfer.cascade.Cascade} loads and
 * applies them; {@link org.glyphtransfer.transfer.cascade.CascadeRule} is the rule itself. Prediction,
 * evaluation and the server apply a model's cascade on their own.
 */
package org.glyphtransfer.transfer.cascade;
