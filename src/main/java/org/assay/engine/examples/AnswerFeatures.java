package org.assay.engine.examples;

import java.util.LinkedHashSet;
import java.util.Set;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MisconceptionResult;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/**
 * What the examples channel compares between two answers to one question: their meaning (the MiniLM vector of the
 * whole answer), their content words, and the criteria each met or missed and the misconceptions each made.
 *
 * @param rubricShare the rubric's score as a share of the points, 0..1
 * @param vector the answer's unit-length embedding; null when the semantic channel is off
 * @param lemmas content lemmas the answer states, those under a negation written {@code not_lemma}
 * @param criteria per rubric criterion, the share of its points earned
 * @param misconceptions ids of the misconceptions found
 */
public record AnswerFeatures(double rubricShare, float[] vector, Set<String> lemmas, double[] criteria,
        Set<String> misconceptions) {

    public AnswerFeatures {
        lemmas = Set.copyOf(lemmas);
        criteria = criteria.clone();
        misconceptions = Set.copyOf(misconceptions);
    }

    /**
     * @param text the analysed answer
     * @param report its rubric grade
     * @param vector its embedding, or null
     */
    public static AnswerFeatures of(AnalyzedText text, GradeReport report, float[] vector) {
        Set<String> lemmas = new LinkedHashSet<>();
        for (Token t : text.tokens()) {
            if (t.isContent()) {
                lemmas.add(t.negated() ? "not_" + t.lemma() : t.lemma());
            }
        }
        return of(report, lemmas, vector);
    }

    /**
     * @param report the answer's rubric grade
     * @param lemmas its content words
     * @param vector its embedding, or null
     */
    public static AnswerFeatures of(GradeReport report, Set<String> lemmas, float[] vector) {
        double[] criteria = new double[report.criteria().size()];
        for (int i = 0; i < criteria.length; i++) {
            CriterionResult c = report.criteria().get(i);
            criteria[i] = c.max() > 0 ? c.points() / c.max() : 0;
        }
        Set<String> misconceptions = new LinkedHashSet<>();
        report.misconceptions().stream().map(MisconceptionResult::id).forEach(misconceptions::add);
        double share = report.max() > 0 ? report.score() / report.max() : 0;
        return new AnswerFeatures(share, vector, lemmas, criteria, misconceptions);
    }
}
