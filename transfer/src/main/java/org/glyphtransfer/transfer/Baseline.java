package org.glyphtransfer.transfer;

/** What a transfer is compared with in its report. */
public enum Baseline {
    /** Nothing. The default. */
    NONE,
    /** The same architecture trained from random weights with the same budget ({@code --baseline scratch}). */
    SCRATCH
}
