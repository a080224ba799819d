package org.assay.engine.match;

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
        return max > 0 && !rubricWord.equals(word) && distance(rubricWord, word, max) <= max;
    }

    /**
     * Optimal string alignment distance, stopping early once it must exceed {@code max}.
     *
     * @return the distance, or {@code max + 1} when it is larger than {@code max}
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
