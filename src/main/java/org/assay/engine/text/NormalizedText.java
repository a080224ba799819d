package org.assay.engine.text;

/**
 * Text after Unicode NFKC and whitespace normalisation, with a map from every normalised character back to the
 * span of the original text it came from. Immutable.
 *
 * @param original the text as typed
 * @param text the normalised text
 */
public record NormalizedText(String original, String text, int[] originStart, int[] originEnd) {

    /** Offset in the original text of the normalised character at {@code index}. */
    public int originalStart(int index) {
        return originStart[index];
    }

    /** Offset in the original text just after the normalised character before {@code endExclusive}. */
    public int originalEnd(int endExclusive) {
        return originEnd[endExclusive - 1];
    }
}
