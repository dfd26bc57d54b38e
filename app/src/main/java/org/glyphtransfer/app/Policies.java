package org.glyphtransfer.app;

import org.glyphtransfer.transfer.ResumePolicy;
import org.glyphtransfer.transfer.WritePolicy;

/** The library's named choices for the command line's {@code --overwrite} and {@code --resume} flags. */
final class Policies {
    private Policies() {}

    static WritePolicy write(boolean overwrite) {
        return overwrite ? WritePolicy.OVERWRITE : WritePolicy.REFUSE_FOREIGN;
    }

    static ResumePolicy resume(boolean resume) {
        return resume ? ResumePolicy.FROM_CHECKPOINT : ResumePolicy.START_OVER;
    }
}
