package org.glyphtransfer.transfer.settings;

import java.util.Locale;

/** The jobs that take training settings: each setting says which of them it applies to. */
public enum Stage {
    /** Training a network on a source dataset: one phase. */
    PRETRAIN,
    /** Transferring a trained network to a target dataset: a recipe's phases. */
    TRANSFER;

    /** @return the section of an experiment file that holds this stage's settings */
    public String section() {
        return name().toLowerCase(Locale.ROOT);
    }
}
