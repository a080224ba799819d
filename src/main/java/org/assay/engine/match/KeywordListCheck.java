package org.assay.engine.match;

import java.util.Set;

import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/**
 * Tells a list of terms from an answer written in sentences or grammatical phrases. English, even a terse noun phrase
 * such as "the name of the function and its arguments", is held together by function words (articles,
 * prepositions, auxiliaries); a list of terms has almost none. An answer is a keyword list when fewer than
 * {@value #TELEGRAPHIC_SHARE} of its words (at least {@value #MIN_TELEGRAPHIC_WORDS}) are function words, or when it
 * has at least {@value #MIN_SEGMENTS} segments (between commas, semicolons, slashes, bullets or line breaks), most of
 * its words are in bare terms (verbless or at most {@value #SHORT_TERM_WORDS} words long), at most one segment in
 * {@value #SEGMENTS_PER_CLAUSE} is a clause (a subject and then a verb), and fewer than
 * {@value #LIST_FUNCTION_SHARE} of its words are function words. Stateless and thread-safe.
 */
public final class KeywordListCheck {

    /** A verbless segment of at most this many words counts as a bare term. */
    public static final int MAX_TERM_WORDS = 6;
    /** A segment this short is a bare term even with a verb ("rare words, split", "lost in the middle"). */
    public static final int SHORT_TERM_WORDS = 4;
    /** Share of words in bare terms that makes a list. */
    public static final double BARE_SHARE = 0.75;
    /** Fewest segments in a list. */
    public static final int MIN_SEGMENTS = 4;
    /** Function-word share below which a segmented text is a list. */
    public static final double LIST_FUNCTION_SHARE = 0.3;
    /** At most one segment in this many may be a clause (a noun or pronoun, then a verb) in a list. */
    public static final int SEGMENTS_PER_CLAUSE = 4;
    /** Function-word share below which any text of {@value #MIN_TELEGRAPHIC_WORDS} words or more is a list. */
    public static final double TELEGRAPHIC_SHARE = 0.12;
    /** Shortest text judged by its share of function words alone. */
    public static final int MIN_TELEGRAPHIC_WORDS = 8;

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "/", "|", "•", "·", "–", "—");

    /** True when the answer lists terms instead of saying something about them. */
    public boolean isKeywordList(AnalyzedText text) {
        int words = 0;
        int functionWords = 0;
        int segments = 0;
        int clauseSegments = 0;
        int bareWords = 0;
        int segmentWords = 0;
        boolean segmentHasVerb = false;
        boolean segmentHasNoun = false;
        boolean segmentIsClause = false;
        int sentence = -1;
        for (Token t : text.tokens()) {
            boolean separator = SEPARATORS.contains(t.text()) || t.sentence() != sentence;
            if (separator) {
                bareWords += bare(segmentWords, segmentHasVerb);
                segments += segmentWords > 0 ? 1 : 0;
                clauseSegments += segmentIsClause ? 1 : 0;
                segmentWords = 0;
                segmentHasVerb = false;
                segmentHasNoun = false;
                segmentIsClause = false;
                sentence = t.sentence();
            }
            if (t.isWord()) {
                words++;
                functionWords += t.stopWord() || t.negationCue() ? 1 : 0;
                segmentWords++;
                segmentHasVerb |= t.isVerb();
                segmentIsClause |= t.isVerb() && segmentHasNoun;
                segmentHasNoun |= "NOUN".equals(t.tag()) || "PROPN".equals(t.tag()) || "PRON".equals(t.tag());
            }
        }
        bareWords += bare(segmentWords, segmentHasVerb);
        segments += segmentWords > 0 ? 1 : 0;
        clauseSegments += segmentIsClause ? 1 : 0;
        return words >= MIN_TELEGRAPHIC_WORDS && functionWords < TELEGRAPHIC_SHARE * words
                || segments >= MIN_SEGMENTS && bareWords >= BARE_SHARE * words
                && clauseSegments * SEGMENTS_PER_CLAUSE <= segments && functionWords < LIST_FUNCTION_SHARE * words;
    }

    private static int bare(int segmentWords, boolean hasVerb) {
        return segmentWords <= SHORT_TERM_WORDS || !hasVerb && segmentWords <= MAX_TERM_WORDS ? segmentWords : 0;
    }
}
