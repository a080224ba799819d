package org.assay.engine.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalises answers before analysis: NFKC, typographic quotes to ASCII, invisible format characters dropped, runs of
 * whitespace collapsed to one space (or one newline when the run held a line break), and the ends trimmed. Every
 * output character remembers the original span it came from, so evidence can point into the text as typed.
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    /**
     * Normalises a text.
     *
     * @param original the text as typed; must not be null
     * @return the normalised text with its offset map
     */
    public NormalizedText normalize(String original) {
        Output out = new Output(original.length() + 16);
        int pendingStart = -1;
        boolean pendingNewline = false;
        int i = 0;
        while (i < original.length()) {
            int chunkEnd = chunkEnd(original, i);
            int cp = original.codePointAt(i);
            if (isSpace(cp)) {
                pendingStart = pendingStart < 0 ? i : pendingStart;
                pendingNewline |= isLineBreak(cp);
            } else if (!isInvisible(cp)) {
                if (pendingStart >= 0 && out.length() > 0) {
                    out.append(pendingNewline ? "\n" : " ", pendingStart, i);
                }
                pendingStart = -1;
                pendingNewline = false;
                String piece = Normalizer.normalize(typographic(original.substring(i, chunkEnd)), Normalizer.Form.NFKC);
                out.append(piece, i, chunkEnd);
            }
            i = chunkEnd;
        }
        return out.toNormalized(original);
    }

    /** A base code point with the combining marks that follow it, so NFKC can compose them. */
    private static int chunkEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int type = Character.getType(s.codePointAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C;
    }

    /** Zero-width and other format characters, soft hyphens and control characters carry no text. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    private static String typographic(String chunk) {
        return switch (chunk) {
            case "\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u02BC", "\u0060", "\u00B4" -> "'";
            case "\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u00AB", "\u00BB" -> "\"";
            case "\u2010", "\u2011", "\u2212" -> "-";
            default -> chunk;
        };
    }

    /** The growing output with the original span of each character. */
    private static final class Output {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Output(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        int length() {
            return text.length();
        }

        void append(String piece, int originStart, int originEnd) {
            if (text.length() + piece.length() > starts.length) {
                int size = Math.max(starts.length * 2, text.length() + piece.length());
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
            }
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                starts[text.length()] = originStart;
                ends[text.length()] = originEnd;
                text.append(c != '\n' && Character.isWhitespace(c) ? ' ' : c);
            }
        }

        NormalizedText toNormalized(String original) {
            int n = text.length();
            return new NormalizedText(original, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
