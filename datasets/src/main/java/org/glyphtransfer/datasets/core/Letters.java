package org.glyphtransfer.datasets.core;

import java.util.ArrayList;
import java.util.List;

/** The class names of the letter datasets. */
public final class Letters {
    /** A to Z, label 0 = A. */
    public static final List<String> UPPERCASE = uppercase();

    private Letters() {}

    private static List<String> uppercase() {
        List<String> out = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            out.add(String.valueOf(c));
        }
        return List.copyOf(out);
    }
}
