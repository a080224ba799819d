package org.assay.engine.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.assay.engine.text.StanceRules.Position;
import org.assay.engine.text.StanceRules.Rule;

/**
 * Applies the stance rules of {@link StanceRules} to a text: finds each rule's cue and gives the words it governs
 * their {@link Stance}. A reported view or a condition reaches to its clause boundary; a rejection ("That's wrong.")
 * governs the sentence before it; a question or a note to the grader governs its whole sentence. Words aimed at the
 * grader keep that stance over any other. Stateless and thread-safe.
 */
public final class StanceDetector {

    private final List<Rule> rules;
    private final Set<String> claimBoundaries;
    private final Set<String> clauseBoundaries;

    public StanceDetector(StanceRules table) {
        this.rules = table.rules().stream().filter(r -> r.kind().stance() != null).toList();
        this.claimBoundaries = table.set("claim-boundaries");
        this.clauseBoundaries = table.set("clause-boundaries");
    }

    /** One sentence's tokens as the rules see them. */
    public record Words(String[] lower, String[] lemma, String[] tag) {

        int size() {
            return lower.length;
        }
    }

    /**
     * The stance of every token.
     *
     * @param sentences the text's sentences in order
     * @return one array per sentence
     */
    public Stance[][] mark(List<Words> sentences) {
        Stance[][] out = new Stance[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            out[s] = new Stance[sentences.get(s).size()];
            Arrays.fill(out[s], Stance.ASSERTED);
        }
        for (int s = 0; s < sentences.size(); s++) {
            Words w = sentences.get(s);
            for (int i = 0; i < w.size(); i++) {
                for (Rule rule : rules) {
                    int length = rule.cueAt(w.lower(), w.lemma(), w.tag(), i);
                    if (length > 0 && placed(rule, w, i, length)) {
                        apply(rule, sentences, out, s, i, length);
                    }
                }
            }
        }
        return out;
    }

    private static boolean placed(Rule rule, Words w, int i, int length) {
        if (rule.position() == Position.SENTENCE_END) {
            return i + length == w.size() || i + length == w.size() - 1 && !isWord(w.lower()[w.size() - 1]);
        }
        if (rule.position() == Position.SENTENCE_START) {
            for (int k = 0; k < i; k++) {
                if (isWord(w.lower()[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    private void apply(Rule rule, List<Words> sentences, Stance[][] out, int s, int i, int length) {
        Stance stance = rule.kind().stance();
        Words w = sentences.get(s);
        int end = i + length;
        switch (rule.scope()) {
            case SENTENCE -> {
                i = 0;
                end = w.size();
            }
            case CLAIM -> end = scopeEnd(w, end, claimBoundaries);
            case CLAUSE -> end = scopeEnd(w, end, clauseBoundaries);
            case PREVIOUS_SENTENCE -> {
                // "No reward model is needed" states a claim; only a cue standing alone rejects the sentence before
                if (s == 0 || end < w.size() && isWord(w.lower()[end])) {
                    return;
                }
                set(out[s - 1], 0, out[s - 1].length, stance);
            }
        }
        set(out[s], i, end, stance);
    }

    private static int scopeEnd(Words w, int from, Set<String> boundaries) {
        int k = from;
        while (k < w.size() && !boundaries.contains(w.lower()[k])) {
            k++;
        }
        return k;
    }

    private static void set(Stance[] stances, int from, int to, Stance stance) {
        for (int k = from; k < to; k++) {
            if (stances[k] == Stance.ASSERTED || stance == Stance.GRADER) {
                stances[k] = stance;
            }
        }
    }

    private static boolean isWord(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }
}
