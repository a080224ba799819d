package org.assay.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Rubric;

/**
 * Drafts a rubric from a model answer. Each clause becomes a criterion labelled with the clause itself: its
 * multi-word noun phrases and verb-object pairs become expressions, its content words keywords, and points are split
 * by how much each clause says. Thread-safe.
 */
public final class ReferenceDrafter {

    /** Most keywords kept per criterion. */
    public static final int MAX_KEYWORDS = 8;
    /** Smallest share of points a criterion gets. */
    public static final double POINT_STEP = 0.5;

    private static final Set<String> LIGHT_VERBS = Set.of(
            "be", "have", "do", "make", "get", "go", "let", "become", "take", "give", "put", "keep", "seem");
    private static final Set<String> PHRASE_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> KEYWORD_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM", "VERB", "ADV", "X");
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
        List<List<Token>> clauses = mergeSmall(clauses(text), (int) Math.max(1, Math.floor(points / POINT_STEP)));
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("The reference answer has no content words to draft from");
        }
        double[] shares = splitPoints(clauses, points);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            criteria.add(criterion("c" + (i + 1), text, clauses.get(i), shares[i]));
        }
        String prompt = question == null ? "" : question;
        String title = prompt.length() > TITLE_LENGTH ? prompt.substring(0, TITLE_LENGTH - 3) + "..." : prompt;
        return new Rubric(id, title, prompt, points, reference, criteria, List.of(), Map.of());
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

    /** Joins clauses with fewer than two content words to a neighbour, and keeps at most {@code most} clauses. */
    private static List<List<Token>> mergeSmall(List<List<Token>> clauses, int most) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> c : clauses) {
            boolean small = c.stream().filter(Token::isContent).count() < 2;
            if (!out.isEmpty() && (small || out.size() >= most)) {
                out.get(out.size() - 1).addAll(c);
            } else {
                out.add(new ArrayList<>(c));
            }
        }
        if (out.size() > 1 && out.get(0).stream().filter(Token::isContent).count() < 2) {
            out.get(1).addAll(0, out.remove(0));
        }
        return out;
    }

    /** Points in proportion to each clause's keywords, in steps of {@link #POINT_STEP}, summing to the total. */
    private static double[] splitPoints(List<List<Token>> clauses, double points) {
        if (clauses.size() == 1) {
            return new double[] {points};
        }
        int steps = (int) Math.round(points / POINT_STEP);
        double[] weights = new double[clauses.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, keywords(clauses.get(i)).size());
            total += weights[i];
        }
        int[] given = new int[weights.length];
        int left = steps;
        for (int i = 0; i < weights.length; i++) {
            given[i] = Math.max(1, (int) Math.floor(steps * weights[i] / total));
            left -= given[i];
        }
        for (int i = 0; left > 0; i = (i + 1) % given.length) {
            given[i]++;
            left--;
        }
        for (int i = given.length - 1; left < 0; i = (i + given.length - 1) % given.length) {
            if (given[i] > 1) {
                given[i]--;
                left++;
            }
        }
        double[] shares = new double[given.length];
        for (int i = 0; i < given.length; i++) {
            shares[i] = given[i] * POINT_STEP;
        }
        shares[shares.length - 1] += points - steps * POINT_STEP;
        return shares;
    }

    private static Criterion criterion(String id, AnalyzedText text, List<Token> clause, double points) {
        List<String> keywords = keywords(clause);
        Set<String> expressions = new LinkedHashSet<>(nounPhrases(clause));
        expressions.addAll(verbObjects(clause));
        if (expressions.isEmpty() && keywords.size() <= 3) {
            expressions.add(String.join(" ", keywords));
        }
        int minKeywords = Math.max(1, (int) Math.round(keywords.size() / 3.0));
        String label = labelOf(text, clause);
        return new Criterion(id, label, points, List.copyOf(expressions), keywords, minKeywords, List.of());
    }

    private static List<String> keywords(List<Token> clause) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Token t : clause) {
            if (t.isContent() && KEYWORD_TAGS.contains(t.tag()) && !LIGHT_VERBS.contains(t.lemma())
                    && seen.add(t.lemma()) && out.size() < MAX_KEYWORDS) {
                out.add(t.lower());
            }
        }
        return out;
    }

    /** Runs of adjectives, nouns and numbers ending in a noun, two to four words long. */
    private static List<String> nounPhrases(List<Token> clause) {
        List<String> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token t : clause) {
            if (PHRASE_TAGS.contains(t.tag()) && t.isContent() || "-".equals(t.text()) && !run.isEmpty()) {
                run.add(t);
            } else {
                addPhrase(out, run);
                run.clear();
            }
        }
        addPhrase(out, run);
        return out;
    }

    private static void addPhrase(List<String> out, List<Token> run) {
        while (!run.isEmpty() && !isNoun(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        List<String> words = run.stream().filter(Token::isContent).map(Token::lower).toList();
        if (words.size() >= 2) {
            out.add(String.join(" ", words.subList(Math.max(0, words.size() - 4), words.size())));
        }
    }

    private static boolean isNoun(Token t) {
        return "NOUN".equals(t.tag()) || "PROPN".equals(t.tag());
    }

    /** A content verb and the next noun after it in the same clause. */
    private static List<String> verbObjects(List<Token> clause) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < clause.size(); i++) {
            Token verb = clause.get(i);
            if (!"VERB".equals(verb.tag()) || !verb.isContent() || LIGHT_VERBS.contains(verb.lemma())) {
                continue;
            }
            for (int k = i + 1; k < clause.size() && k <= i + 5; k++) {
                if (isNoun(clause.get(k)) && clause.get(k).isContent()) {
                    out.add(verb.lower() + " " + clause.get(k).lower());
                    break;
                }
                if (clause.get(k).isVerb()) {
                    break;
                }
            }
        }
        return out;
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
}
