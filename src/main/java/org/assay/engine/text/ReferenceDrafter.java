package org.assay.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Rubric;

/**
 * Drafts a rubric from a model answer. Each key concept of each clause becomes a criterion: a noun phrase (runs of
 * adjectives and nouns), or a content verb, adjective or adverb outside one. The concept's words are its expression
 * (negated, "no copies", when the reference denies it: "avoids making copies", "the base case is not included") and,
 * for phrases, its keywords. Its clause and the whole reference are its exemplars, so a paraphrase earns similarity
 * credit. Words the question already uses are not concepts: repeating the question is not answering it. Points are
 * split evenly in steps of {@value #POINT_STEP}; when there are more concepts than steps, neighbouring concepts are
 * merged. Thread-safe.
 */
public final class ReferenceDrafter {

    /** Longest noun phrase kept, in words (the last words of a longer run). */
    public static final int MAX_PHRASE_WORDS = 4;
    /** Smallest share of points a criterion gets. */
    public static final double POINT_STEP = 0.5;

    private static final Set<String> LIGHT_VERBS = Set.of(
            "be", "have", "do", "make", "get", "go", "let", "become", "take", "give", "put", "keep", "seem");
    private static final Set<String> PHRASE_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> CONCEPT_TAGS = Set.of("VERB", "ADV", "ADJ", "X");
    private static final int TITLE_LENGTH = 60;

    private final TextAnalyzer analyzer;

    public ReferenceDrafter(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Drafts a rubric.
     *
     * @throws IllegalArgumentException if the reference has no content words or points is not positive
     */
    public Rubric draft(String id, String question, String reference, double points) {
        if (reference == null || !(points > 0)) {
            throw new IllegalArgumentException("A draft needs a reference answer and positive points");
        }
        AnalyzedText text = analyzer.analyze(reference);
        Set<String> asked = new HashSet<>();
        if (question != null) {
            for (Token t : analyzer.analyze(question).tokens()) {
                if (t.isContent()) {
                    asked.add(t.lemma());
                }
            }
        }
        // Words the question already says earn nothing, unless the reference has no others ("The bulb will light."
        // for "What happens to the bulb?"): then its own words are all there is to look for.
        List<Concept> concepts = concepts(text, reference, asked);
        if (concepts.isEmpty()) {
            concepts = concepts(text, reference, Set.of());
        }
        if (concepts.isEmpty()) {
            concepts = anyWords(text, reference);
        }
        if (concepts.isEmpty()) {
            throw new IllegalArgumentException("The reference answer has no words to draft from");
        }
        mergeToFit(concepts, (int) Math.max(1, Math.floor(points / POINT_STEP)));
        double[] shares = splitPoints(concepts.size(), points);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            criteria.add(concepts.get(i).criterion("c" + (i + 1), text, shares[i]));
        }
        String prompt = question == null ? "" : question;
        String title = prompt.length() > TITLE_LENGTH ? prompt.substring(0, TITLE_LENGTH - 3) + "..." : prompt;
        return new Rubric(id, title, prompt, points, reference, criteria, List.of(), Map.of());
    }

    private static List<Concept> concepts(AnalyzedText text, String reference, Set<String> asked) {
        List<Concept> concepts = new ArrayList<>();
        Set<String> seen = new HashSet<>(asked);
        for (List<Token> clause : clauses(text)) {
            String exemplar = labelOf(text, clause);
            for (List<Token> words : concepts(clause)) {
                String lemmas = words.stream().map(Token::lemma).collect(Collectors.joining(" "));
                if (seen.add(lemmas)) {
                    concepts.add(new Concept(new ArrayList<>(List.of(words)), exemplar, reference.strip()));
                }
            }
        }
        return concepts;
    }

    /** A reference of function words only ("Yes, it is."): each distinct word is a concept. */
    private static List<Concept> anyWords(AnalyzedText text, String reference) {
        List<Concept> concepts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Token t : text.tokens()) {
            if (t.lemma().codePoints().anyMatch(Character::isLetterOrDigit) && seen.add(t.lemma())) {
                concepts.add(new Concept(new ArrayList<>(List.of(List.of(t))), reference.strip(), reference.strip()));
            }
        }
        return concepts;
    }

    /** Clauses: split at semicolons, colons, clause changes and at a comma or "and" that starts a new predicate. */
    private static List<List<Token>> clauses(AnalyzedText text) {
        List<List<Token>> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            List<Token> current = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean boundary = ";".equals(t.text()) || ":".equals(t.text())
                        || !current.isEmpty() && current.get(0).clause() != t.clause()
                        || isPredicateJoint(tokens, i) && hasVerb(current);
                if (boundary && !current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                current.add(t);
            }
            out.add(current);
        }
        out.removeIf(c -> c.stream().noneMatch(Token::isContent));
        return out;
    }

    private static boolean isPredicateJoint(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!",".equals(w) && !"and".equals(w) && !"or".equals(w)) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            if (tokens.get(k).isVerb() || "PRON".equals(tokens.get(k).tag())) {
                return true;
            }
            if (tokens.get(k).isContent()) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> "VERB".equals(t.tag()));
    }

    /** Noun phrases, and content words outside them, in text order. */
    private static List<List<Token>> concepts(List<Token> clause) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token t : clause) {
            if (PHRASE_TAGS.contains(t.tag()) && t.isContent() || "-".equals(t.text()) && !run.isEmpty()) {
                run.add(t);
                continue;
            }
            addRun(out, run);
            run = new ArrayList<>();
            if (t.isContent() && CONCEPT_TAGS.contains(t.tag()) && !LIGHT_VERBS.contains(t.lemma())) {
                out.add(List.of(t));
            }
        }
        addRun(out, run);
        return out;
    }

    private static void addRun(List<List<Token>> out, List<Token> run) {
        List<Token> words = run.stream().filter(Token::isContent).toList();
        if (!words.isEmpty()) {
            out.add(words.subList(Math.max(0, words.size() - MAX_PHRASE_WORDS), words.size()));
        }
    }

    /** Merges the neighbouring pair with the fewest words until at most {@code most} concepts remain. */
    private static void mergeToFit(List<Concept> concepts, int most) {
        while (concepts.size() > most) {
            int best = 0;
            for (int i = 1; i + 1 < concepts.size(); i++) {
                if (concepts.get(i).size() + concepts.get(i + 1).size()
                        < concepts.get(best).size() + concepts.get(best + 1).size()) {
                    best = i;
                }
            }
            Concept next = concepts.remove(best + 1);
            concepts.get(best).phrases().addAll(next.phrases());
        }
    }

    /** Equal shares in steps of {@link #POINT_STEP}, summing to the total. */
    private static double[] splitPoints(int count, double points) {
        double[] shares = new double[count];
        int steps = (int) Math.floor(points / POINT_STEP + 1e-9);
        for (int i = 0; i < count; i++) {
            shares[i] = (steps / count + (i < steps % count ? 1 : 0)) * POINT_STEP;
        }
        shares[count - 1] += points - steps * POINT_STEP;
        return shares;
    }

    private static String labelOf(AnalyzedText text, List<Token> clause) {
        int first = 0;
        while (first < clause.size() - 1 && !clause.get(first).isWord()) {
            first++;
        }
        int last = clause.size() - 1;
        while (last > first && !clause.get(last).isWord() && !")".equals(clause.get(last).text())) {
            last--;
        }
        return text.slice(clause.get(first).start(), clause.get(last).end());
    }

    /** Phrases of the reference that make one criterion, and the clause they come from. */
    private record Concept(List<List<Token>> phrases, String exemplar, String wholeRef) {

        int size() {
            return phrases.stream().mapToInt(List::size).sum();
        }

        Criterion criterion(String id, AnalyzedText text, double points) {
            List<String> expressions = new ArrayList<>();
            Set<String> keywords = new LinkedHashSet<>();
            for (List<Token> phrase : phrases) {
                String words = phrase.stream().map(Token::lower).collect(Collectors.joining(" "));
                boolean denied = phrase.stream().anyMatch(Token::negated)
                        || Denials.negatedVerbAfter(text.tokens(), phrase.get(phrase.size() - 1).index()) >= 0;
                if (denied) {
                    expressions.add("no " + words);
                } else {
                    expressions.add(words);
                    phrase.forEach(t -> keywords.add(t.lower()));
                }
            }
            List<String> keywordList = keywords.size() > 1 ? List.copyOf(keywords) : List.of();
            String label = String.join("; ", phrases.stream()
                    .map(p -> text.slice(p.get(0).start(), p.get(p.size() - 1).end())).toList());
            return new Criterion(id, label, points, expressions, keywordList, keywordList.isEmpty() ? 0 : 1,
                    !exemplar.equals(wholeRef) ? List.of(exemplar, wholeRef) : List.of(exemplar));
        }
    }
}
