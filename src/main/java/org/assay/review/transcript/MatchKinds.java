package org.assay.review.transcript;

import org.assay.engine.score.MatchKind;

/** How each kind of match reads for a reviewer. */
final class MatchKinds {

    private MatchKinds() {
    }

    static String explain(MatchKind kind) {
        return switch (kind) {
            case EXACT -> "exact: the same words";
            case LEMMA -> "lemma: another form of the same word";
            case SYNONYM -> "synonym: a word that means the same";
            case SPELLING -> "spelling: the word, misspelt";
            case SEMANTIC -> "semantic: a sentence with similar meaning";
        };
    }
}
