package org.assay.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.engine.rubric.Expressions;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.TextAnalyzer;
import org.assay.engine.text.Token;

/**
 * Compiles rubric expressions into {@link Pattern}s: analyses them like answers, keeps their content words, looks up
 * WordNet synonyms and replaces any run of words that is a rubric synonym by the whole synonym group (both ways: a
 * listed abbreviation finds the spelt-out phrase and the phrase finds the abbreviation). One instance per rubric;
 * thread-safe once built.
 */
public final class PatternCompiler {

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final boolean spelling;
    private final List<List<List<Token>>> synonymGroups = new ArrayList<>();

    /**
     * @param analyzer analyses the rubric's phrases
     * @param lexicon synonyms; {@link Lexicon#NONE} turns WordNet off
     * @param spelling whether misspellings count
     * @param synonyms the rubric's synonyms: a term and phrases that mean the same
     */
    public PatternCompiler(TextAnalyzer analyzer, Lexicon lexicon, boolean spelling,
            Map<String, List<String>> synonyms) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.spelling = spelling;
        for (Map.Entry<String, List<String>> e : new TreeMap<>(synonyms).entrySet()) {
            List<List<Token>> group = new ArrayList<>();
            addMember(group, e.getKey());
            e.getValue().forEach(v -> addMember(group, v));
            if (group.size() > 1) {
                synonymGroups.add(group);
            }
        }
    }

    private void addMember(List<List<Token>> group, String phrase) {
        List<Token> words = contentWords(analyzer.analyze(phrase));
        if (!words.isEmpty()) {
            group.add(words);
        }
    }

    /** Compiles one expression or keyword; a quoted expression becomes an ordered pattern. */
    public Pattern compile(String expression) {
        AnalyzedText text = analyzer.analyze(Expressions.words(expression));
        List<Token> words = contentWords(text);
        boolean negative = text.tokens().stream().anyMatch(Token::negationCue);
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            List<List<Token>> group = null;
            int length = 0;
            for (List<List<Token>> candidate : synonymGroups) {
                for (List<Token> member : candidate) {
                    if (member.size() > length && startsWith(words, i, member)) {
                        group = candidate;
                        length = member.size();
                    }
                }
            }
            if (group == null) {
                slots.add(new Slot(List.of(phrase(words.subList(i, i + 1), false))));
                i++;
            } else {
                slots.add(synonymSlot(words.subList(i, i + length), group));
                i += length;
            }
        }
        return new Pattern(expression, slots, negative, Expressions.isOrdered(expression));
    }

    private Slot synonymSlot(List<Token> own, List<List<Token>> group) {
        List<Phrase> alternatives = new ArrayList<>();
        alternatives.add(phrase(own, false));
        for (List<Token> member : group) {
            if (!sameLemmas(member, own)) {
                alternatives.add(phrase(member, true));
            }
        }
        return new Slot(alternatives);
    }

    private Phrase phrase(List<Token> tokens, boolean synonym) {
        List<Term> terms = new ArrayList<>();
        for (Token t : tokens) {
            boolean spell = spelling && t.lower().chars().allMatch(Character::isLetter);
            terms.add(new Term(t.lower(), t.lemma(), t.tag(), lexicon.synonyms(t.lemma(), t.tag()), spell));
        }
        return new Phrase(terms, synonym);
    }

    /** Content words, or every word when the phrase has only function words. */
    private static List<Token> contentWords(AnalyzedText text) {
        List<Token> content = text.tokens().stream().filter(Token::isContent).toList();
        if (!content.isEmpty()) {
            return content;
        }
        return text.tokens().stream().filter(t -> t.isWord() && !t.negationCue()).toList();
    }

    private static boolean startsWith(List<Token> words, int from, List<Token> member) {
        if (from + member.size() > words.size()) {
            return false;
        }
        return sameLemmas(words.subList(from, from + member.size()), member);
    }

    private static boolean sameLemmas(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).lemma().equals(b.get(k).lemma()) && !a.get(k).lower().equals(b.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
