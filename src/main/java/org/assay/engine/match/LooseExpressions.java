package org.assay.engine.match;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.assay.engine.rubric.Expressions;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.TextAnalyzer;
import org.assay.engine.text.Token;

/**
 * Finds rubric expressions that match too easily, and tighter phrases for them in scored answers. An expression is
 * loose when every content word in it is common English (or it has none): a generic phrase such as "one word at a
 * time", or a single common word such as "pay", which matches any sentence using any form of it. Stop words come from
 * the analyser; a word is common when the lexicon's {@link Lexicon#frequency frequency} of its lemma is at least
 * {@link #COMMON_FREQUENCY}, so with WordNet off only stop-word phrases are loose. Stateless and thread-safe.
 */
public final class LooseExpressions {

    /**
     * Lemmas used this often in WordNet's sense-tagged corpus count as common: "word" (149), "answer" (148) and
     * "time" (603) do, "model" (48), "product" (87) and "token" (2) do not.
     */
    public static final int COMMON_FREQUENCY = 100;
    /** Tighter phrases offered for one loose expression. */
    public static final int MAX_ALTERNATIVES = 3;
    /** Content words in an offered phrase: the loose word and its neighbours. */
    private static final int MAX_PHRASE_WORDS = 3;
    /** Tokens a phrase may span in the answer, function words included. */
    private static final int MAX_PHRASE_TOKENS = 6;

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;

    /**
     * @param analyzer analyses expressions and answers the way the engine does
     * @param lexicon word frequencies; {@link Lexicon#NONE} leaves only stop-word phrases loose
     */
    public LooseExpressions(TextAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /**
     * Checks one expression.
     *
     * @param expression as written in a rubric, quoted or not
     * @return why it is loose, or empty when it is specific enough or has no words
     */
    public Optional<LooseExpression> check(String expression) {
        List<Token> words = analyzer.analyze(Expressions.words(expression)).tokens().stream()
                .filter(t -> t.isWord() && !t.negationCue()).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Token> content = words.stream().filter(Token::isContent).toList();
        if (!content.stream().allMatch(this::common)) {
            return Optional.empty();
        }
        List<String> lemmas = content.stream().map(Token::lemma).distinct().toList();
        var reason = lemmas.size() == 1 ? LooseExpression.Reason.COMMON_WORD : LooseExpression.Reason.GENERIC_PHRASE;
        return Optional.of(new LooseExpression(expression, reason, lemmas));
    }

    /**
     * Tighter phrases for a loose expression, drawn from answers people scored: runs of two or three content words
     * around one of its words that at least two high-scored answers use (one, when there is only one) and no
     * low-scored answer does, and that are not loose themselves.
     *
     * @param loose the loose expression
     * @param high answers scored high
     * @param low answers scored low
     * @return at most {@link #MAX_ALTERNATIVES} phrases, the most widely used first and, among those, the longest;
     *     empty when none qualifies
     */
    public List<String> tighter(LooseExpression loose, List<String> high, List<String> low) {
        if (loose.words().isEmpty() || high.isEmpty()) {
            return List.of();
        }
        Set<String> anchors = Set.copyOf(loose.words());
        Set<Set<String>> inLow = new HashSet<>();
        low.forEach(answer -> inLow.addAll(phrases(answer, anchors).keySet()));
        Map<Set<String>, String> shown = new HashMap<>();
        Map<Set<String>, Integer> uses = new HashMap<>();
        for (String answer : high) {
            phrases(answer, anchors).forEach((lemmas, text) -> {
                shown.putIfAbsent(lemmas, text);
                uses.merge(lemmas, 1, Integer::sum);
            });
        }
        int needed = Math.min(2, high.size());
        return uses.entrySet().stream()
                .filter(e -> e.getValue() >= needed && !inLow.contains(e.getKey()))
                .filter(e -> check(shown.get(e.getKey())).isEmpty())
                .sorted(Comparator.<Map.Entry<Set<String>, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(e -> -e.getKey().size())
                        .thenComparing(e -> shown.get(e.getKey())))
                .limit(MAX_ALTERNATIVES).map(e -> shown.get(e.getKey())).toList();
    }

    /** Runs of content words in one clause that include an anchor lemma, by lemma set, with their words as written. */
    private Map<Set<String>, String> phrases(String answer, Set<String> anchors) {
        AnalyzedText text = analyzer.analyze(answer);
        List<Token> content = text.tokens().stream().filter(Token::isContent).toList();
        Map<Set<String>, String> found = new LinkedHashMap<>();
        for (int i = 0; i < content.size(); i++) {
            if (!anchors.contains(content.get(i).lemma())) {
                continue;
            }
            for (int from = Math.max(0, i - MAX_PHRASE_WORDS + 1); from <= i; from++) {
                for (int to = Math.max(i, from + 1); to < Math.min(content.size(), from + MAX_PHRASE_WORDS); to++) {
                    List<Token> run = content.subList(from, to + 1);
                    if (run.get(0).clause() == run.get(run.size() - 1).clause()
                            && run.get(run.size() - 1).index() - run.get(0).index() < MAX_PHRASE_TOKENS) {
                        Set<String> lemmas = new TreeSet<>();
                        run.forEach(t -> lemmas.add(t.lemma()));
                        found.putIfAbsent(lemmas, String.join(" ", run.stream().map(Token::lower).toList()));
                    }
                }
            }
        }
        return found;
    }

    private boolean common(Token word) {
        return Math.max(lexicon.frequency(word.lemma()), lexicon.frequency(word.lower())) >= COMMON_FREQUENCY;
    }
}
