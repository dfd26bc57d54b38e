package org.glyphtransfer.engine;

import ai.djl.pytorch.jni.JniUtils;

/** Sets libtorch's intra-op thread count, also after the engine has started. */
final class PyTorchThreads {
    private PyTorchThreads() {}

    static void set(int threads) {
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }

    static int get() {
        return JniUtils.getNumThreads();
    }
}
