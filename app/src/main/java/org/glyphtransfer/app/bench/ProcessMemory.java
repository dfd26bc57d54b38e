package org.glyphtransfer.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc/self/status, and Java heap use. */
final class ProcessMemory {
    private ProcessMemory() {}

    /** @return peak resident set size (VmHWM) in MiB, or -1 where /proc is missing */
    static double peakResidentMiB() {
        return statusKiB("VmHWM:") / 1024.0;
    }

    /**
     * Resets the peak resident set size to the current one (Linux 4.0 and later), so that the next
     * {@link #peakResidentMiB()} is the peak of what follows.
     *
     * @return whether the kernel took the reset
     */
    static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** @return current resident set size (VmRSS) in MiB */
    static double residentMiB() {
        return statusKiB("VmRSS:") / 1024.0;
    }

    /** @return heap in use right after a full collection, MiB */
    static double heapAfterGcMiB() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
    }

    /** @return the sum of the heap pools' peak use since start, MiB */
    static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    private static long statusKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
