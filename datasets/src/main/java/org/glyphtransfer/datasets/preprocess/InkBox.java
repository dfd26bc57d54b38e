package org.glyphtransfer.datasets.preprocess;

/** The bounding box of the ink. */
final class InkBox {
    private InkBox() {}

    /**
     * @param ink values in [0, 1]
     * @return {x0, y0, x1, y1} with x1, y1 exclusive, or {@code null} when there is no ink
     */
    static int[] of(GreyImage ink) {
        int x0 = ink.width;
        int y0 = ink.height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < ink.height; y++) {
            for (int x = 0; x < ink.width; x++) {
                if (ink.get(x, y) > 0f) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }
}
