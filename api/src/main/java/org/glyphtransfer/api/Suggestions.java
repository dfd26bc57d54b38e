package org.glyphtransfer.api;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known name to a misspelt one, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * Returns the candidate closest to {@code wrong}, if it is close enough to be a likely typo.
     *
     * @param wrong the name the user typed
     * @param candidates the names that exist
     * @return the closest candidate, or empty when nothing is plausibly meant
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String target = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(target, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int tolerance = Math.max(2, target.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Formats " (did you mean 'x'?)" or the empty string.
     *
     * @param wrong the name the user typed
     * @param candidates the names that exist
     * @return a hint to append to an error message
     */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
