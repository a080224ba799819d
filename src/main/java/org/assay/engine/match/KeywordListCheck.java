package org.assay.engine.match;

import java.util.Set;

import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/**
 * Tells a list of terms from an answer written in sentences. An answer is a keyword list when it has no verb at all,
 * or when most of its words sit in short verbless segments (between commas, semicolons, slashes, bullets or line
 * breaks) and it has at most one verb per {@value #WORDS_PER_VERB} words. Stateless and thread-safe.
 */
public final class KeywordListCheck {

    /** Fewer words than this are too few to judge. */
    public static final int MIN_WORDS = 5;
    /** A verbless segment of at most this many words counts as a bare term. */
    public static final int MAX_TERM_WORDS = 6;
    /** Share of words in bare terms that makes a list. */
    public static final double BARE_SHARE = 0.75;
    /** Fewest words per verb in a list. */
    public static final int WORDS_PER_VERB = 10;

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "/", "|", "•", "·", "–", "—");

    /** True when the answer lists terms instead of saying something about them. */
    public boolean isKeywordList(AnalyzedText text) {
        int words = 0;
        int verbs = 0;
        int bareWords = 0;
        int segmentWords = 0;
        boolean segmentHasVerb = false;
        int sentence = -1;
        for (Token t : text.tokens()) {
            boolean separator = SEPARATORS.contains(t.text()) || t.sentence() != sentence;
            if (separator) {
                bareWords += bare(segmentWords, segmentHasVerb);
                segmentWords = 0;
                segmentHasVerb = false;
                sentence = t.sentence();
            }
            if (t.isWord()) {
                words++;
                segmentWords++;
                if (t.isVerb()) {
                    verbs++;
                    segmentHasVerb = true;
                }
            }
        }
        bareWords += bare(segmentWords, segmentHasVerb);
        if (words < MIN_WORDS) {
            return false;
        }
        return verbs == 0 || bareWords >= BARE_SHARE * words && words >= WORDS_PER_VERB * verbs;
    }

    private static int bare(int segmentWords, boolean hasVerb) {
        return !hasVerb && segmentWords <= MAX_TERM_WORDS ? segmentWords : 0;
    }
}
