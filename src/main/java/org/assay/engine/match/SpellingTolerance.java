package org.assay.engine.match;

import org.assay.engine.rubric.EditDistance;

/**
 * How far a misspelt word may be from a rubric word: no edits below five letters, one edit for five to eight letters,
 * two for longer words. Edits are Damerau (optimal string alignment): insert, delete, substitute, swap neighbours.
 * Whole words only. Stateless and thread-safe.
 */
public final class SpellingTolerance {

    /** Shortest word that may be misspelt. */
    public static final int MIN_LENGTH = 5;
    /** Words of this length and longer may have two edits. */
    public static final int TWO_EDIT_LENGTH = 9;

    private SpellingTolerance() {
    }

    /** Edits allowed between a word and a rubric word of the given lengths. */
    public static int maxEdits(int rubricLength, int wordLength) {
        if (Math.min(rubricLength, wordLength) < MIN_LENGTH) {
            return 0;
        }
        return rubricLength >= TWO_EDIT_LENGTH ? 2 : 1;
    }

    /** True when {@code word} is a misspelling of {@code rubricWord} (identical words are not misspellings). */
    public static boolean isMisspelling(String rubricWord, String word) {
        int max = maxEdits(rubricWord.length(), word.length());
        return max > 0 && !rubricWord.equals(word) && EditDistance.distance(rubricWord, word, max) <= max;
    }
}
