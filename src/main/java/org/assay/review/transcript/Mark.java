package org.assay.review.transcript;

import java.util.Locale;

import org.assay.engine.score.MatchKind;

/**
 * What one piece of evidence counted for.
 *
 * @param ref short reference to the criterion (C1, C2 …) or misconception (M1 …) in the list below the answer
 * @param label the criterion or misconception label
 * @param matchKind how the text matched
 * @param matched the rubric expression, keyword or exemplar it matched
 * @param negated true when the text sits under a negation and earned nothing
 * @param misconception true for a misconception found, false for a criterion
 */
public record Mark(String ref, String label, MatchKind matchKind, String matched, boolean negated,
        boolean misconception) {

    /** The match kind in lower case, as shown: exact, lemma, synonym, spelling, semantic. */
    public String kind() {
        return matchKind.name().toLowerCase(Locale.ROOT);
    }

    /** The label shown after the highlighted text, such as "C1 lemma" or "C2 exact, negated". */
    public String tag() {
        return ref + " " + kind() + (negated ? ", negated" : "");
    }

    public String describe() {
        var what = misconception ? "Misconception " : "Criterion ";
        return what + ref + ": " + label + " (" + MatchKinds.explain(matchKind) + (negated ? ", but negated" : "")
                + ")";
    }
}
