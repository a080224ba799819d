package org.assay.engine.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How much of one text reproduces another, measured with word shingles: runs of {@value #SHINGLE} consecutive words
 * that occur in both texts. Case, punctuation and spacing are ignored, so a pasted text with its line breaks or
 * quotes changed still counts. Works on any language; never throws. Thread-safe (stateless).
 */
public final class TextOverlap {

    /** Words per shingle: long enough that shared shingles are copying rather than shared vocabulary. */
    public static final int SHINGLE = 5;
    /** Share of an answer's words inside shared shingles from which it counts as reproducing the source. */
    public static final double COPIED_SHARE = 0.5;
    /** Fewest copied words that count, so two short answers that share one phrase are not called copies. */
    public static final int COPIED_WORDS = 15;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A character range of a text, end exclusive. */
    public record Span(int start, int end) {
    }

    /**
     * @param share the fraction of the text's words that lie in shingles shared with the source, 0..1
     * @param words how many of the text's words lie in shared shingles
     * @param inText the shared runs in the text, in order
     * @param inSource the shared runs in the source, in order
     * @param sourceShare the fraction of the source's words that lie in shared shingles, 0..1
     * @param sourceWords how many of the source's words lie in shared shingles
     */
    public record Result(double share, int words, List<Span> inText, List<Span> inSource, double sourceShare,
            int sourceWords) {

        public Result {
            inText = List.copyOf(inText);
            inSource = List.copyOf(inSource);
        }

        /** The text largely reproduces the source. */
        public boolean copied() {
            return copied(share, words);
        }

        /** The source largely reproduces the text: shared shingles are the same seen from either side. */
        public boolean sourceCopied() {
            return copied(sourceShare, sourceWords);
        }

        /** The same overlap seen from the source. */
        public Result reversed() {
            return new Result(sourceShare, sourceWords, inSource, inText, share, words);
        }

        private static boolean copied(double share, int words) {
            return share >= COPIED_SHARE && words >= COPIED_WORDS;
        }
    }

    private TextOverlap() {
    }

    /** What of {@code text} also appears in {@code source}; null is read as an empty text. */
    public static Result of(String text, String source) {
        List<Word> a = words(text);
        List<Word> b = words(source);
        if (a.size() < SHINGLE || b.size() < SHINGLE) {
            return new Result(0, 0, List.of(), List.of(), 0, 0);
        }
        Map<String, List<Integer>> inSource = new HashMap<>();
        for (int i = 0; i + SHINGLE <= b.size(); i++) {
            inSource.computeIfAbsent(shingle(b, i), k -> new ArrayList<>()).add(i);
        }
        boolean[] coveredA = new boolean[a.size()];
        boolean[] coveredB = new boolean[b.size()];
        for (int i = 0; i + SHINGLE <= a.size(); i++) {
            List<Integer> at = inSource.get(shingle(a, i));
            if (at == null) {
                continue;
            }
            for (int k = 0; k < SHINGLE; k++) {
                coveredA[i + k] = true;
            }
            for (int j : at) {
                for (int k = 0; k < SHINGLE; k++) {
                    coveredB[j + k] = true;
                }
            }
        }
        int words = count(coveredA);
        int sourceWords = count(coveredB);
        return new Result((double) words / a.size(), words, spans(a, coveredA), spans(b, coveredB),
                (double) sourceWords / b.size(), sourceWords);
    }

    private static int count(boolean[] covered) {
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return n;
    }

    private record Word(String text, int start, int end) {
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        var m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    private static String shingle(List<Word> words, int from) {
        var sb = new StringBuilder();
        for (int k = from; k < from + SHINGLE; k++) {
            sb.append(words.get(k).text()).append(' ');
        }
        return sb.toString();
    }

    private static List<Span> spans(List<Word> words, boolean[] covered) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && covered[j + 1]) {
                j++;
            }
            out.add(new Span(words.get(i).start(), words.get(j).end()));
            i = j + 1;
        }
        return out;
    }
}
