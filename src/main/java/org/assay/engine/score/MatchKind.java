package org.assay.engine.score;

/** How a piece of evidence was matched, from strongest to weakest. */
public enum MatchKind {
    EXACT, LEMMA, SYNONYM, SPELLING, SEMANTIC
}
