package org.glyphtransfer.datasets.csv;

import ai.djl.ndarray.NDManager;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.datasets.DatasetPlugins;
import org.glyphtransfer.testing.CpuEngine;

/**
 * Benchmark, not a test: generates an A–Z CSV of the real Kaggle file's size (372,450 rows,
 * about 20 % ink pixels) in /tmp unless it exists, loads it through the plugin and prints the
 * load time and the peak heap. Run with {@code -Xmx1536m}; target: under 30 s.
 *
 * <p>Arguments: [file] (default /tmp/az-benchmark.csv; a name ending in .gz is compressed).
 */
public final class AzCsvLoadBenchmark {
    private static final int ROWS = 372_450;

    private AzCsvLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args.length > 0 ? args[0] : "/tmp/az-benchmark.csv");
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            AzCsvWriter.write(file, ROWS, null, 0.2, 11);
            System.out.printf(
                    "generated %s: %,d rows, %,d bytes in %.1f s%n",
                    file, ROWS, Files.size(file), (System.nanoTime() - start) / 1e9);
        }
        CpuEngine.startOnce();
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = DatasetPlugins.load(
                    new AzCsvDataset(), Map.of("file", file.toString()), file.getParent(), 42, manager);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "loaded %,d / %,d / %,d rows (train / validation / test) in %.2f s%n",
                    data.train().size(), data.validation().size(), data.test().size(), seconds);
            System.out.printf(
                    "peak heap %,d MB (max heap %,d MB)%n",
                    peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
