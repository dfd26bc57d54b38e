package org.glyphtransfer.engine;

import ai.djl.Device;

/**
 * What {@link GlyphEngine#start} chose: engine name and version, device, threads, seed.
 * Immutable.
 */
public final class EngineInfo {
    private final String engineName;
    private final String engineVersion;
    private final Device device;
    private final int threads;
    private final long seed;
    private final boolean offline;

    EngineInfo(String engineName, String engineVersion, Device device, int threads, long seed, boolean offline) {
        this.engineName = engineName;
        this.engineVersion = engineVersion;
        this.device = device;
        this.threads = threads;
        this.seed = seed;
        this.offline = offline;
    }

    /** @return the engine name, e.g. PyTorch */
    public String engineName() {
        return engineName;
    }

    /** @return the engine version, e.g. 2.7.1 */
    public String engineVersion() {
        return engineVersion;
    }

    /** @return the chosen device */
    public Device device() {
        return device;
    }

    /** @return the device as users write it: {@code cpu} or {@code gpu:N} */
    public String deviceName() {
        return device.isGpu() ? "gpu:" + device.getDeviceId() : "cpu";
    }

    /** @return intra-op threads */
    public int threads() {
        return threads;
    }

    /** @return the random seed */
    public long seed() {
        return seed;
    }

    /** @return true when DJL may not download */
    public boolean offline() {
        return offline;
    }

    /** @return the one log line: engine, version, device, threads, seed */
    public String summary() {
        return "engine " + engineName + " " + engineVersion + ", device " + deviceName() + ", threads " + threads
                + ", seed " + seed + (offline ? ", offline" : ", online");
    }

    @Override
    public String toString() {
        return summary();
    }
}
