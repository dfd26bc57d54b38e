package org.glyphtransfer.transfer;

/** What a run may write into when its output folder already exists. */
public enum WritePolicy {
    /** A new folder, or one glyph wrote (a model folder or a run's checkpoints); anything else is refused. The default. */
    REFUSE_FOREIGN,
    /** Any folder, the user having said so ({@code --overwrite}). */
    OVERWRITE
}
