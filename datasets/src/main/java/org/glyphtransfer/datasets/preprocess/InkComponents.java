package org.glyphtransfer.datasets.preprocess;

import java.util.ArrayList;
import java.util.List;

/** Connected pieces of ink (8-neighbourhood), to drop specks of dust and paper texture. */
final class InkComponents {
    private InkComponents() {}

    /**
     * Zeroes every piece of ink whose total ink is below {@code share} of the heaviest piece.
     *
     * @param ink values in [0, 1], 0 = background; changed in place
     * @param share e.g. 0.1
     */
    static void removeSpecks(GreyImage ink, double share) {
        int w = ink.width;
        int h = ink.height;
        int[] component = new int[w * h];
        List<Double> mass = new ArrayList<>();
        mass.add(0.0);
        int[] stack = new int[w * h];
        for (int start = 0; start < component.length; start++) {
            if (ink.pixels[start] <= 0 || component[start] != 0) {
                continue;
            }
            int id = mass.size();
            double total = 0;
            int top = 0;
            stack[top++] = start;
            component[start] = id;
            while (top > 0) {
                int p = stack[--top];
                total += ink.pixels[p];
                int px = p % w;
                int py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = px + dx;
                        int y = py + dy;
                        if (x >= 0 && y >= 0 && x < w && y < h) {
                            int q = y * w + x;
                            if (ink.pixels[q] > 0 && component[q] == 0) {
                                component[q] = id;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            mass.add(total);
        }
        double heaviest = 0;
        for (double m : mass) {
            heaviest = Math.max(heaviest, m);
        }
        double minimum = heaviest * share;
        for (int i = 0; i < component.length; i++) {
            if (component[i] != 0 && mass.get(component[i]) < minimum) {
                ink.pixels[i] = 0f;
            }
        }
    }
}
