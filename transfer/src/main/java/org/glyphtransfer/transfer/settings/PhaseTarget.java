package org.glyphtransfer.transfer.settings;

/** Which of a job's phases a setting changes. */
public enum PhaseTarget {
    /** The first phase (the head phase of a transfer). */
    FIRST,
    /** The last phase, when there is more than one (the fine-tuning phase). */
    LAST,
    /** Every phase. */
    EVERY;

    /**
     * @param index 0-based phase index
     * @param phases number of phases
     * @return true when a setting with this target changes that phase
     */
    public boolean includes(int index, int phases) {
        return switch (this) {
            case FIRST -> index == 0;
            case LAST -> phases > 1 && index == phases - 1;
            case EVERY -> true;
        };
    }

    /** @return how help text says which phases */
    public String phrase() {
        return switch (this) {
            case FIRST -> "the first (head) phase";
            case LAST -> "the last (fine-tune) phase";
            case EVERY -> "every phase";
        };
    }
}
