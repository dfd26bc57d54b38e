package org.glyphtransfer.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;
import org.glyphtransfer.api.GlyphException;

/**
 * The device a user asks for: {@code auto} (a GPU when DJL sees one, else the CPU), {@code cpu},
 * {@code gpu} (the first GPU) or {@code gpu:N}. Immutable.
 */
public final class DeviceSpec {
    /** The default, {@code auto}. */
    public static final DeviceSpec AUTO = new DeviceSpec(Kind.AUTO, -1);
    /** The CPU. */
    public static final DeviceSpec CPU = new DeviceSpec(Kind.CPU, -1);

    private enum Kind {
        AUTO,
        CPU,
        GPU
    }

    private final Kind kind;
    private final int gpuIndex;

    private DeviceSpec(Kind kind, int gpuIndex) {
        this.kind = kind;
        this.gpuIndex = gpuIndex;
    }

    /**
     * Parses {@code auto | cpu | gpu | gpu:N}.
     *
     * @param text the user's value
     * @return the spec
     * @throws GlyphException for anything else
     */
    public static DeviceSpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "auto":
                return AUTO;
            case "cpu":
                return CPU;
            case "gpu":
                return new DeviceSpec(Kind.GPU, 0);
            default:
                if (t.startsWith("gpu:")) {
                    try {
                        int index = Integer.parseInt(t.substring(4));
                        if (index >= 0) {
                            return new DeviceSpec(Kind.GPU, index);
                        }
                    } catch (NumberFormatException ignored) {
                        // falls through to the error below
                    }
                }
                throw new GlyphException(
                        "Device '" + text + "' is not valid; use auto, cpu, gpu or gpu:N (N = 0, 1, …).");
        }
    }

    /** @return true for {@code gpu} and {@code gpu:N} */
    public boolean isGpu() {
        return kind == Kind.GPU;
    }

    /** @return the GPU index for {@code gpu:N}, or -1 */
    public int gpuIndex() {
        return gpuIndex;
    }

    /**
     * Chooses the concrete device on an engine.
     *
     * @param engine the started engine
     * @return the device
     * @throws GlyphException when a GPU is asked for and the engine has not that many
     */
    public Device resolve(Engine engine) {
        int gpus = engine.getGpuCount();
        switch (kind) {
            case CPU:
                return Device.cpu();
            case AUTO:
                return gpus > 0 ? Device.gpu(0) : Device.cpu();
            default:
                if (gpuIndex >= gpus) {
                    throw new GlyphException("Device 'gpu:" + gpuIndex + "' is not available: " + engine.getEngineName()
                            + " sees " + gpus
                            + " GPU(s); use --device cpu or auto, or install DJL's CUDA build (see README).");
                }
                return Device.gpu(gpuIndex);
        }
    }

    @Override
    public String toString() {
        return kind == Kind.GPU ? "gpu:" + gpuIndex : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceSpec && ((DeviceSpec) o).kind == kind && ((DeviceSpec) o).gpuIndex == gpuIndex;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + gpuIndex;
    }
}
