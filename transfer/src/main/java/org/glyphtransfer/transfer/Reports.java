package org.glyphtransfer.transfer;

/** Whether a saved run writes its report next to the model. */
public enum Reports {
    /** report.json, report.md and the plots. The default. */
    WRITE,
    /** The model folder only. */
    NONE
}
