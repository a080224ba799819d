package org.assay.engine.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.engine.score.MatchKind;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/**
 * An analysed answer indexed for finding rubric words: by surface form, by lemma, by WordNet synonym and by
 * misspelling. Results are cached per rubric word. One instance per answer; not thread-safe.
 */
public final class AnswerIndex {

    /** Worth of a WordNet synonym compared with the rubric's own word. */
    public static final double WORDNET_STRENGTH = 0.85;
    /** Worth of a misspelt word compared with the rubric's own word. */
    public static final double SPELLING_STRENGTH = 0.9;

    private final AnalyzedText text;
    private final Lexicon lexicon;
    private final Map<String, List<Token>> byLower = new HashMap<>();
    private final Map<String, List<Token>> byLemma = new HashMap<>();
    private final Map<String, List<Token>> spellable = new LinkedHashMap<>();
    private final Map<Term, List<Hit>> cache = new IdentityHashMap<>();

    /**
     * @param text the analysed answer
     * @param lexicon tells real words from misspellings: a word the dictionary knows is never taken for a misspelling
     */
    public AnswerIndex(AnalyzedText text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        for (Token t : text.tokens()) {
            if (!t.isWord() || t.negationCue()) {
                continue;
            }
            byLower.computeIfAbsent(t.lower(), k -> new ArrayList<>()).add(t);
            byLemma.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
            if (t.lower().length() >= SpellingTolerance.MIN_LENGTH
                    && t.lower().chars().allMatch(Character::isLetter)) {
                spellable.computeIfAbsent(t.lower(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The analysed answer. */
    public AnalyzedText text() {
        return text;
    }

    /** Every place a rubric word is found, in text order, each with its strongest kind of match. */
    public List<Hit> hits(Term term) {
        List<Hit> hits = cache.get(term);
        if (hits == null) {
            hits = findHits(term);
            cache.put(term, hits);
        }
        return hits;
    }

    private List<Hit> findHits(Term term) {
        Map<Integer, Hit> best = new TreeMap<>();
        add(best, byLower.get(term.lower()), MatchKind.EXACT, 1.0);
        add(best, byLemma.get(term.lemma()), MatchKind.LEMMA, 1.0);
        add(best, byLower.get(term.lemma()), MatchKind.LEMMA, 1.0);
        add(best, byLemma.get(term.lower()), MatchKind.LEMMA, 1.0);
        for (String synonym : term.synonyms()) {
            addSamePos(best, byLemma.get(synonym), term.tag());
            addSamePos(best, byLower.get(synonym), term.tag());
        }
        if (term.spell()) {
            for (Map.Entry<String, List<Token>> e : spellable.entrySet()) {
                String word = e.getKey();
                if ((SpellingTolerance.isMisspelling(term.lower(), word)
                        || SpellingTolerance.isMisspelling(term.lemma(), word)) && !lexicon.isWord(word)) {
                    add(best, e.getValue(), MatchKind.SPELLING, SPELLING_STRENGTH);
                }
            }
        }
        return List.copyOf(best.values());
    }

    private void addSamePos(Map<Integer, Hit> best, List<Token> tokens, String tag) {
        if (tokens != null) {
            add(best, tokens.stream().filter(t -> samePos(t.tag(), tag)).toList(), MatchKind.SYNONYM,
                    WORDNET_STRENGTH);
        }
    }

    private static void add(Map<Integer, Hit> best, List<Token> tokens, MatchKind kind, double strength) {
        if (tokens == null) {
            return;
        }
        for (Token t : tokens) {
            Hit current = best.get(t.index());
            if (current == null || current.strength() < strength
                    || current.strength() == strength && current.kind().ordinal() > kind.ordinal()) {
                best.put(t.index(), new Hit(t.index(), t.index(), kind, strength, t.negated(), t.clause()));
            }
        }
    }

    private static boolean samePos(String a, String b) {
        return group(a).equals(group(b));
    }

    private static String group(String tag) {
        return "PROPN".equals(tag) ? "NOUN" : tag;
    }
}
