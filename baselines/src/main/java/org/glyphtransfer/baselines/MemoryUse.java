package org.glyphtransfer.baselines;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Peak memory of a baseline run, for its report. */
final class MemoryUse {
    private MemoryUse() {}

    /** Starts measuring the heap's peak from now. */
    static void resetHeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The process's peak resident size, which holds the heap, the native engine and the data at once;
     * where Linux does not tell it, the largest peak of one Java heap pool since the run began.
     *
     * @return e.g. "2,140 MiB resident (process peak)"
     */
    static String describe() {
        long resident = residentPeakKiB();
        if (resident >= 0) {
            return String.format(Locale.ROOT, "%,d MiB resident (process peak)", resident >> 10);
        }
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap = Math.max(heap, pool.getPeakUsage().getUsed());
            }
        }
        return String.format(Locale.ROOT, "%,d MiB in the fullest Java heap pool (peak)", heap >> 20);
    }

    private static long residentPeakKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
