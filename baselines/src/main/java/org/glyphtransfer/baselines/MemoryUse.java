package org.glyphtransfer.baselines;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Peak memory of a baseline run: the process's peak resident size where Linux tells it, and the Java heap's peak. */
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

    /** @return e.g. "2,140 MiB resident (process peak), 1,630 MiB Java heap (peak during the run)" */
    static String describe() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        long resident = residentPeakKiB();
        String heapText = String.format(Locale.ROOT, "%,d MiB Java heap (peak during the run)", heap >> 20);
        return resident < 0
                ? heapText
                : String.format(Locale.ROOT, "%,d MiB resident (process peak), ", resident >> 10) + heapText;
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
