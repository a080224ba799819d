package org.assay.engine.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.DoublePredicate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.ExampleEvidence;
import org.assay.engine.score.ExampleNeighbour;
import org.assay.engine.score.GradeReport;

/**
 * The examples channel: answers people have scored become evidence for grading new answers to the same question,
 * beside the rubric's criteria. An answer's nearest examples (by meaning, words and the criteria both met or missed)
 * pull its score towards theirs, by an amount learned from the examples themselves with each left out in turn:
 *
 * <pre>final = rubric + b1 * c * (k - rubric) + b2 * c * a * (k - rubric)</pre>
 *
 * <p>on the 0..1 share of the points, where k is the neighbours' score weighted by closeness, c how close the
 * nearest one is (0 at {@link ExampleSettings#minSimilarity()}, 1 for the same answer) and a how much they agree.
 * With no example close enough, c is 0 and the score is the rubric's alone.
 * Immutable and thread-safe.
 */
public final class ExamplesModel {

    /** A model with no examples: every score is the rubric's. */
    public static final ExamplesModel EMPTY = new ExamplesModel(Map.of(), ExampleSettings.DEFAULT, new double[2][2],
            new double[2], Map.of(), 0);

    private static final int TERMS = 2;

    private final Map<String, QuestionExamples> questions;
    private final ExampleSettings settings;
    private final double[][] normal;
    private final double[] moment;
    private final Map<String, Row> rows;
    private final int fitted;
    private final double[] coefficients;

    /** One example's terms and what it tells (its score less the rubric's), kept to leave it out exactly. */
    private record Row(double[] terms, double target) {
    }

    private ExamplesModel(Map<String, QuestionExamples> questions, ExampleSettings settings, double[][] normal,
            double[] moment, Map<String, Row> rows, int fitted) {
        this.questions = questions;
        this.settings = settings;
        this.normal = normal;
        this.moment = moment;
        this.rows = rows;
        this.fitted = fitted;
        this.coefficients = fitted < settings.minFitted() ? new double[TERMS] : solve(normal, moment, null, settings);
    }

    /**
     * Learns how far neighbours move a score from the examples of every question given, each example graded with
     * itself and the other answers of its attempt left out.
     */
    public static ExamplesModel fit(Collection<QuestionExamples> questions, ExampleSettings settings) {
        Map<String, QuestionExamples> byQid = new LinkedHashMap<>();
        questions.forEach(q -> byQid.put(q.qid(), q));
        double[][] normal = new double[TERMS][TERMS];
        double[] moment = new double[TERMS];
        Map<String, Row> rows = new LinkedHashMap<>();
        int fitted = 0;
        for (QuestionExamples q : byQid.values()) {
            for (PreparedExample e : q.examples()) {
                ScoredExample own = e.example();
                Neighbourhood n = neighbourhood(q, e.features(), new Exclusion(own.id(), own.group()), settings);
                double target = share(own.score(), q.max()) - e.features().rubricShare();
                double[] terms = n.terms(e.features().rubricShare());
                rows.put(key(q.qid(), own.id()), new Row(terms, target));
                if (n.closeness() > 0) {
                    fitted++;
                }
                for (int i = 0; i < TERMS; i++) {
                    moment[i] += terms[i] * target;
                    for (int j = 0; j < TERMS; j++) {
                        normal[i][j] += terms[i] * terms[j];
                    }
                }
            }
        }
        return new ExamplesModel(Map.copyOf(byQid), settings, normal, moment, Map.copyOf(rows), fitted);
    }

    /** The question's examples, if it has any. */
    public Optional<QuestionExamples> question(String qid) {
        return Optional.ofNullable(questions.get(qid));
    }

    /** How many examples had a neighbour to learn from; below {@link ExampleSettings#minFitted()}, nothing. */
    public int fitted() {
        return fitted;
    }

    /** The learned b1 and b2; zeros when too few examples had neighbours. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * The grade of an answer with its question's examples as evidence. The report is returned unchanged when the
     * question has no examples or they were scored under another rubric version; otherwise its score is the final one
     * and its {@link GradeReport#examples()} keeps the rubric's score and the examples that moved it.
     *
     * @param qid the answer's question
     * @param answer the answer graded by the rubric alone
     * @param exclusion the answer's own id and attempt, which never serve as its examples
     */
    public GradeReport apply(String qid, Examined answer, Exclusion exclusion) {
        GradeReport report = answer.report();
        Optional<QuestionExamples> found = question(qid);
        if (found.isEmpty() || !found.get().rubricVersion().equals(report.rubricVersion())) {
            return report;
        }
        QuestionExamples q = found.get();
        double r = answer.features().rubricShare();
        Neighbourhood n = neighbourhood(q, answer.features(), exclusion, settings);
        double[] beta = coefficientsWithout(q.qid(), exclusion);
        double[] terms = n.terms(r);
        double delta = 0;
        for (int i = 0; i < TERMS; i++) {
            delta += beta[i] * terms[i];
        }
        double finalShare = Math.max(0, Math.min(1, r + delta));
        double shift = (finalShare - r) * report.max();
        List<String> criteria = report.criteria().stream().map(CriterionResult::id).toList();
        List<ExampleNeighbour> shown = n.shown(r, beta, shift, report.max(), criteria);
        var evidence = new ExampleEvidence(report.score(), n.eligible(), shown, shift);
        return report.withExamples(finalShare * report.max(), evidence);
    }

    /** The coefficients fitted without the answer's own row, when the answer is one of the examples. */
    private double[] coefficientsWithout(String qid, Exclusion exclusion) {
        Row own = exclusion.answerId().isEmpty() ? null : rows.get(key(qid, exclusion.answerId()));
        if (own == null) {
            return coefficients;
        }
        int left = fitted - (Math.abs(own.terms()[0]) + Math.abs(own.terms()[1]) > 0 ? 1 : 0);
        return left < settings.minFitted() ? new double[TERMS] : solve(normal, moment, own, settings);
    }

    /** Ridge solution of (X'X - x x' + lambda I) b = X'y - x y. */
    private static double[] solve(double[][] normal, double[] moment, Row without, ExampleSettings settings) {
        double[][] a = new double[TERMS][TERMS];
        double[] y = new double[TERMS];
        for (int i = 0; i < TERMS; i++) {
            for (int j = 0; j < TERMS; j++) {
                a[i][j] = normal[i][j] - (without == null ? 0 : without.terms()[i] * without.terms()[j])
                        + (i == j ? settings.ridge() : 0);
            }
            y[i] = moment[i] - (without == null ? 0 : without.terms()[i] * without.target());
        }
        // A degenerate system (a term that never varies, no ridge) gets the smallest-norm solution: that term is 0
        return new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(y, false)).toArray();
    }

    private static Neighbourhood neighbourhood(QuestionExamples q, AnswerFeatures answer, Exclusion exclusion,
            ExampleSettings settings) {
        List<Neighbour> close = new ArrayList<>();
        int eligible = 0;
        for (PreparedExample e : q.examples()) {
            if (exclusion.excludes(e.example())) {
                continue;
            }
            eligible++;
            double shareOf = share(e.example().score(), q.max());
            double similarity = Similarity.of(answer, e.features(), settings);
            if (similarity >= settings.minSimilarity()) {
                double closeness = (similarity - settings.minSimilarity()) / (1 - settings.minSimilarity());
                close.add(new Neighbour(e.example(), e.features(), similarity, closeness, shareOf));
            }
        }
        close.sort(Comparator.comparingDouble(Neighbour::similarity).reversed()
                .thenComparing(n -> n.example().id()));
        List<Neighbour> nearest = close.subList(0, Math.min(settings.neighbours(), close.size()));
        return new Neighbourhood(List.copyOf(nearest), eligible, settings);
    }

    private static double share(double score, double max) {
        return max > 0 ? Math.max(0, Math.min(1, score / max)) : 0;
    }

    private static String key(String qid, String id) {
        return qid + "\u0000" + id;
    }

    /** An example close enough to count; closeness is 0..1 above the least similarity that counts. */
    private record Neighbour(ScoredExample example, AnswerFeatures features, double similarity, double closeness,
            double share) {

        /** Ids of the criteria whose share of points, by the example's rubric grade, passes the test. */
        List<String> criteria(List<String> ids, DoublePredicate test) {
            double[] shares = features.criteria();
            List<String> out = new ArrayList<>();
            for (int i = 0; i < Math.min(ids.size(), shares.length); i++) {
                if (test.test(shares[i])) {
                    out.add(ids.get(i));
                }
            }
            return out;
        }
    }

    /** The neighbours of one answer and what they say together. */
    private record Neighbourhood(List<Neighbour> nearest, int eligible, ExampleSettings settings) {

        double weight(Neighbour n) {
            return Math.pow(n.closeness(), settings.sharpness()) + 1e-9;
        }

        double totalWeight() {
            return nearest.stream().mapToDouble(this::weight).sum();
        }

        /** The neighbours' score, weighted by closeness. */
        double score() {
            return nearest.stream().mapToDouble(n -> weight(n) * n.share()).sum() / totalWeight();
        }

        double closeness() {
            return nearest.isEmpty() ? 0 : nearest.get(0).closeness();
        }

        /** 1 when the neighbours agree, 0 when their scores spread over the whole scale. */
        double agreement() {
            double k = score();
            double variance = nearest.stream().mapToDouble(n -> weight(n) * (n.share() - k) * (n.share() - k)).sum()
                    / totalWeight();
            return Math.max(0, 1 - 2 * Math.sqrt(variance));
        }

        double[] terms(double rubric) {
            if (nearest.isEmpty()) {
                return new double[TERMS];
            }
            double c = closeness();
            double k = score();
            return new double[] {c * (k - rubric), c * agreement() * (k - rubric)};
        }

        /** The neighbours with the share of the shift each caused, by its weight and distance from the rubric. */
        List<ExampleNeighbour> shown(double rubric, double[] beta, double shift, double max, List<String> criteria) {
            if (nearest.isEmpty()) {
                return List.of();
            }
            double c = closeness();
            double slope = c * (beta[0] + beta[1] * agreement());
            double total = totalWeight();
            double[] raw = new double[nearest.size()];
            double rawSum = 0;
            for (int i = 0; i < raw.length; i++) {
                Neighbour n = nearest.get(i);
                raw[i] = slope * weight(n) / total * (n.share() - rubric) * max;
                rawSum += raw[i];
            }
            double scale = shiftShare(shift, rawSum);
            List<ExampleNeighbour> out = new ArrayList<>();
            for (int i = 0; i < raw.length; i++) {
                Neighbour n = nearest.get(i);
                ScoredExample e = n.example();
                out.add(new ExampleNeighbour(e.id(), e.source(), e.answer(), e.score(), max, e.note(),
                        Math.round(n.similarity() * 1000) / 1000.0, raw[i] * scale,
                        n.criteria(criteria, share -> share >= 1 - 1e-9), n.criteria(criteria, share -> share <= 1e-9),
                        List.copyOf(new TreeSet<>(n.features().misconceptions()))));
            }
            return out;
        }

        /** How much of the unclamped move is left after clamping to 0..1. */
        private static double shiftShare(double shift, double unclamped) {
            return Math.abs(unclamped) < 1e-12 ? 0 : shift / unclamped;
        }
    }
}
