package org.assay.engine.text;

import java.util.Set;

/**
 * Splits a sentence into clauses so that a claim about one thing is not matched with words from a contrasting claim
 * about another ("A learns X, whereas B learns Y"). A semicolon or a contrastive conjunction starts a new clause; a
 * contrastive subordinate clause at the start of a sentence or between commas ("unlike B, ...") ends at its comma.
 * Stateless and thread-safe.
 */
public final class ClauseSplitter {

    private static final Set<String> CONTRASTIVE = Set.of(
            "but", "however", "whereas", "while", "although", "though", "yet", "unlike");
    private static final Set<String> SUBORDINATING = Set.of("whereas", "while", "although", "though", "unlike");

    /**
     * Assigns clause numbers to the tokens of one sentence.
     *
     * @param lower the tokens in lower case
     * @param firstClause the number of the sentence's first clause
     * @param clause receives each token's clause number
     * @return the number after the last clause used
     */
    public int split(String[] lower, int firstClause, int[] clause) {
        int current = firstClause;
        int next = firstClause + 1;
        boolean subordinate = false;
        int resume = -1;
        for (int i = 0; i < lower.length; i++) {
            String w = lower[i];
            if (";".equals(w)) {
                current = next++;
                subordinate = false;
                resume = -1;
            } else if (CONTRASTIVE.contains(w)) {
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
        }
        return next;
    }
}
