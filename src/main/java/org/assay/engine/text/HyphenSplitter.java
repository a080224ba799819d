package org.assay.engine.text;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits hyphenated words into their parts and the hyphen. The tokenizer treats hyphens unevenly ("multi-head" whole,
 * "fine" + "-tuning", "self" + "-" + "attention"), so the same word would match or not depending on spelling nearby;
 * splitting every one makes "fine-tuning", "fine tuning" and a misspelt "fine-tunning" the same words. Stateless and
 * thread-safe.
 */
final class HyphenSplitter {

    /**
     * Splits the tokens of one sentence.
     *
     * @param sentence the sentence text the spans point into
     * @param spans the tokenizer's spans, in order
     * @return the spans with each hyphenated word replaced by its parts and hyphens
     */
    List<Span> split(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            boolean joined = i > 0 && spans[i - 1].getEnd() == s.getStart()
                    && Character.isLetterOrDigit(sentence.charAt(s.getStart() - 1));
            int from = s.getStart();
            for (int j = s.getStart(); j < s.getEnd(); j++) {
                if (isSplitPoint(sentence, s, j, joined)) {
                    if (j > from) {
                        out.add(new Span(from, j));
                    }
                    out.add(new Span(j, j + 1));
                    from = j + 1;
                }
            }
            int end = s.getEnd();
            // "non-" glued to the word after it: the tokenizer kept the hyphen on the first part
            if (end - from > 1 && sentence.charAt(end - 1) == '-' && Character.isLetterOrDigit(sentence.charAt(end - 2))
                    && i + 1 < spans.length && spans[i + 1].getStart() == end
                    && Character.isLetter(sentence.charAt(end))) {
                out.add(new Span(from, end - 1));
                from = end - 1;
            }
            if (from < end) {
                out.add(new Span(from, end));
            }
        }
        return out;
    }

    /** A hyphen between a letter or digit and a letter, or at the start of a token glued to a word before it. */
    private static boolean isSplitPoint(String sentence, Span s, int j, boolean joined) {
        if (sentence.charAt(j) != '-' || j + 1 >= s.getEnd() || !Character.isLetter(sentence.charAt(j + 1))) {
            return false;
        }
        return j > s.getStart() ? Character.isLetterOrDigit(sentence.charAt(j - 1)) : joined;
    }
}
