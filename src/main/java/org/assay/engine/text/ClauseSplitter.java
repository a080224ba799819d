package org.assay.engine.text;

import java.util.Set;

/**
 * Splits a sentence into clauses so that a claim about one thing is not matched with words from a contrasting claim
 * about another ("A learns X, whereas B learns Y"). A semicolon, a contrastive conjunction, or "and"/"or" followed by
 * a new subject and verb after a clause that has its verb and object ("A learns X and B learns Y") starts a new
 * clause; a contrastive subordinate clause at the start of a sentence or between commas ("unlike B, ...") ends at its
 * comma. Stateless and thread-safe.
 */
public final class ClauseSplitter {

    private static final Set<String> CONTRASTIVE = Set.of(
            "but", "however", "whereas", "while", "although", "though", "yet", "unlike");
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM");
    private static final int MAX_SUBJECT_WORDS = 5;
    /** Words that open a subordinate clause, whose subject may itself be coordinated ("because limits and prices"). */
    private static final Set<String> SUBORDINATE_STARTS = Set.of(
            "that", "which", "who", "whom", "whose", "because", "since", "if", "when", "where", "while", "so");
    private static final Set<String> SUBORDINATING = Set.of("whereas", "while", "although", "though", "unlike");

    /**
     * Assigns clause numbers to the tokens of one sentence.
     *
     * @param lower the tokens in lower case
     * @param tag their part-of-speech tags
     * @param firstClause the number of the sentence's first clause
     * @param clause receives each token's clause number
     * @return the number after the last clause used
     */
    public int split(String[] lower, String[] tag, int firstClause, int[] clause) {
        int current = firstClause;
        int next = firstClause + 1;
        boolean subordinate = false;
        boolean clauseHasVerb = false;
        boolean clauseHasObject = false;
        int resume = -1;
        for (int i = 0; i < lower.length; i++) {
            String w = lower[i];
            if (";".equals(w) || clauseHasObject && startsCoordinateClause(lower, tag, i)) {
                clauseHasVerb = false;
                clauseHasObject = false;
                current = next++;
                subordinate = false;
                resume = -1;
            } else if (CONTRASTIVE.contains(w)) {
                clauseHasVerb = false;
                clauseHasObject = false;
                boolean afterComma = i > 0 && ",".equals(lower[i - 1]);
                subordinate = SUBORDINATING.contains(w) && (i == 0 || afterComma);
                resume = subordinate && "unlike".equals(w) && afterComma ? current : -1;
                current = next++;
            } else if (",".equals(w) && subordinate) {
                subordinate = false;
                current = resume >= 0 ? resume : next++;
                resume = -1;
            }
            clause[i] = current;
            boolean opensSubordinate = "SCONJ".equals(tag[i]) || SUBORDINATE_STARTS.contains(w);
            clauseHasObject = !opensSubordinate && clauseHasVerb && (clauseHasObject || isNominal(tag[i]));
            clauseHasVerb = "VERB".equals(tag[i]) || "AUX".equals(tag[i]) || clauseHasVerb && !opensSubordinate;
        }
        return next;
    }

    private static boolean isNominal(String tag) {
        return "NOUN".equals(tag) || "PROPN".equals(tag) || "PRON".equals(tag) || "NUM".equals(tag);
    }

    /** "and" or "or" followed by a new subject and its verb: "A learns X and B learns Y". */
    private static boolean startsCoordinateClause(String[] lower, String[] tag, int i) {
        if (!"and".equals(lower[i]) && !"or".equals(lower[i]) || i > 0 && "ADJ".equals(tag[i - 1])) {
            return false;
        }
        int k = i + 1;
        boolean subject = false;
        while (k < lower.length && k <= i + MAX_SUBJECT_WORDS && SUBJECT_TAGS.contains(tag[k])) {
            subject |= "NOUN".equals(tag[k]) || "PROPN".equals(tag[k]) || "PRON".equals(tag[k]);
            k++;
        }
        return subject && k < lower.length && ("VERB".equals(tag[k]) || "AUX".equals(tag[k]));
    }
}
