package org.glyphtransfer.transfer.train;

import java.io.PrintWriter;
import java.util.Locale;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * Training progress on the console: on a terminal a live bar per epoch (batches, images/s,
 * running loss, ETA) redrawn in place; otherwise, or when quiet, one line per epoch. The library's
 * default listener ({@link #standardError()}) and the {@code glyph} command line's.
 */
public final class ConsoleProgress implements TrainingListener {
    private static final int BAR = 24;

    private final PrintWriter out;
    private final boolean live;
    private final boolean quiet;
    private Phase phase;
    private boolean barShown;

    /**
     * @param out where to write
     * @param live true to redraw a progress bar in place during each epoch (a terminal)
     * @param quiet true for epoch and phase lines only, without the other messages
     */
    public ConsoleProgress(PrintWriter out, boolean live, boolean quiet) {
        this.out = out;
        this.live = live && !quiet;
        this.quiet = quiet;
    }

    /** @return progress on standard error, with a live bar when it is a terminal */
    public static ConsoleProgress standardError() {
        return new ConsoleProgress(new PrintWriter(System.err, true), isTerminal(), false);
    }

    /** @return true when standard error is (probably) a terminal */
    public static boolean isTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void onPhaseStart(String run, Phase p, long trainable, long frozen, int batches) {
        this.phase = p;
        out.printf(
                Locale.ROOT,
                "%s — phase '%s': %,d trainable, %,d frozen parameters; up to %d epochs × %d batches of %d%n",
                run,
                p.name(),
                trainable,
                frozen,
                p.epochs(),
                batches,
                p.batchSize());
        if (p.labelSmoothing() > 0) {
            // Otherwise a training loss far above the validation loss looks like a fault.
            out.printf(
                    Locale.ROOT,
                    "  label smoothing %s: the training loss is against smoothed targets (its floor is above 0); "
                            + "the validation loss is plain cross-entropy%n",
                    p.labelSmoothing());
        }
        out.flush();
    }

    @Override
    public void onBatch(int epoch, int batch, int batches, double runningLoss, double imagesPerSecond) {
        if (!live) {
            return;
        }
        int filled = (int) Math.round(BAR * (double) batch / batches);
        double remaining = imagesPerSecond > 0 ? (batches - batch) * (double) phase.batchSize() / imagesPerSecond : 0;
        out.printf(
                Locale.ROOT,
                "\r  epoch %d/%d [%s%s] %d/%d  %,.0f img/s  loss %.4f  ETA %s ",
                epoch,
                phase.epochs(),
                "=".repeat(filled),
                " ".repeat(BAR - filled),
                batch,
                batches,
                imagesPerSecond,
                runningLoss,
                duration(remaining));
        out.flush();
        barShown = true;
    }

    @Override
    public void onEpoch(EpochStats s) {
        clearBar();
        out.printf(
                Locale.ROOT,
                "  epoch %3d  loss %.4f  acc %.4f  |  val loss %.4f  val acc %.4f  |  lr %.2g  %.1fs  %,.0f img/s%n",
                s.epoch(),
                s.trainLoss(),
                s.trainAccuracy(),
                s.validationLoss(),
                s.validationAccuracy(),
                s.learningRate(),
                s.seconds(),
                s.imagesPerSecond());
        out.flush();
    }

    @Override
    public void onPhaseEnd(PhaseResult r) {
        clearBar();
        out.printf(
                Locale.ROOT,
                "phase '%s' done in %s: %d epochs%s, kept epoch %d%n",
                r.name(),
                duration(r.seconds()),
                r.epochs().size(),
                r.stoppedEarly() ? " (stopped early)" : "",
                r.bestEpoch());
        out.flush();
    }

    @Override
    public void onMessage(String message) {
        if (!quiet) {
            clearBar();
            out.println(message);
            out.flush();
        }
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r" + " ".repeat(100) + "\r");
            barShown = false;
        }
    }

    /**
     * @param seconds a duration
     * @return it as m:ss or h:mm:ss
     */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
