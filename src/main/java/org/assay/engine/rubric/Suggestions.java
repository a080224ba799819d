package org.assay.engine.rubric;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name an author probably meant when a field name is misspelled. */
final class Suggestions {

    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** The closest known name within a small edit distance, if any. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = EditDistance.distance(lower, candidate.toLowerCase(Locale.ROOT), MAX_DISTANCE);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean close = bestDistance <= MAX_DISTANCE && bestDistance * 2 < Math.max(lower.length(), 1);
        return close ? Optional.of(best) : Optional.empty();
    }
}
