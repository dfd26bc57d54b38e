package org.glyphtransfer.datasets.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints for duplicate search: SHA-256 of bytes or pixels, and a 64-bit difference hash
 * (dHash: the image area-averaged to 9 × 8, one bit per horizontal neighbour pair, set when the
 * left cell is brighter). Near-identical images differ in only a few dHash bits.
 */
final class Fingerprints {
    private Fingerprints() {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Hash of the size and the ARGB values, so PNG and BMP copies of one picture match. */
    static String pixelHash(int width, int height, int[] argb) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * argb.length);
        buffer.putInt(width).putInt(height);
        buffer.asIntBuffer().put(argb);
        return sha256(buffer.array());
    }

    /** Hash of a grey image given as floats. */
    static String pixelHash(int width, int height, float[] grey) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + grey.length);
        buffer.putInt(width).putInt(height);
        for (float v : grey) {
            buffer.put((byte) Math.round(Math.max(0f, Math.min(1f, v)) * 255f));
        }
        return sha256(buffer.array());
    }

    /** Grey values 0–255 of ARGB pixels, transparency composited on white like paper. */
    static float[] grey(int[] argb) {
        float[] grey = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            float alpha = (p >>> 24) / 255f;
            float luma = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            grey[i] = alpha * luma + (1 - alpha) * 255f;
        }
        return grey;
    }

    /**
     * @param grey row-major grey values
     * @param width image width
     * @param height image height
     * @return the 64-bit difference hash
     */
    static long differenceHash(float[] grey, int width, int height) {
        double[] cells = new double[9 * 8];
        for (int cy = 0; cy < 8; cy++) {
            double y0 = cy * height / 8.0;
            double y1 = (cy + 1) * height / 8.0;
            for (int cx = 0; cx < 9; cx++) {
                double x0 = cx * width / 9.0;
                double x1 = (cx + 1) * width / 9.0;
                cells[cy * 9 + cx] = boxMean(grey, width, x0, y0, x1, y1);
            }
        }
        long hash = 0;
        for (int cy = 0; cy < 8; cy++) {
            for (int cx = 0; cx < 8; cx++) {
                hash <<= 1;
                if (cells[cy * 9 + cx] > cells[cy * 9 + cx + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    private static double boxMean(float[] grey, int width, double x0, double y0, double x1, double y1) {
        double sum = 0;
        double area = 0;
        for (int y = (int) y0; y < Math.ceil(y1); y++) {
            double wy = Math.min(y1, y + 1) - Math.max(y0, y);
            for (int x = (int) x0; x < Math.ceil(x1); x++) {
                double wx = Math.min(x1, x + 1) - Math.max(x0, x);
                if (wx > 0 && wy > 0) {
                    sum += wx * wy * grey[y * width + x];
                    area += wx * wy;
                }
            }
        }
        return area > 0 ? sum / area : 0;
    }
}
