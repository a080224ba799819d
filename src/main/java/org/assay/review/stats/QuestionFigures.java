package org.assay.review.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.assay.engine.eval.Agreement;
import org.assay.engine.eval.Metrics;
import org.assay.review.FlagTexts;
import org.assay.review.stats.QuestionStatistics.Rate;

/** Turns the scored answers to one question into its statistics; plain arithmetic, no database. */
final class QuestionFigures {

    static final int BINS = 10;

    /**
     * One scored answer.
     *
     * @param automatic the engine's score; null when the engine did not grade it
     * @param restTotal the attempt's final total without this answer
     * @param criteria each criterion's id, label and whether it is met now
     * @param flags the codes of the current grade's flags
     */
    record Sample(double finalScore, Double automatic, double max, boolean overridden, double restTotal,
            List<Criterion> criteria, List<String> flags) {
    }

    record Criterion(String id, String label, boolean met) {
    }

    /** A question's identity as the statistics show it. */
    record Meta(int position, String qid, String title, double max, String rubricLink) {
    }

    private QuestionFigures() {
    }

    static QuestionStatistics compute(Meta meta, List<Sample> samples) {
        int n = samples.size();
        var histogram = new int[BINS];
        double shareSum = 0;
        var scores = new double[n];
        var rests = new double[n];
        var criteria = new LinkedHashMap<String, int[]>();
        var criterionLabels = new LinkedHashMap<String, String>();
        var flags = new LinkedHashMap<String, Integer>();
        var engine = new ArrayList<Double>();
        var people = new ArrayList<Double>();
        int graded = 0;
        int overridden = 0;
        double change = 0;
        int changed = 0;
        double max = meta.max();
        for (int i = 0; i < n; i++) {
            var s = samples.get(i);
            double share = s.max() > 0 ? s.finalScore() / s.max() : 0;
            shareSum += share;
            histogram[Math.min(BINS - 1, Math.max(0, (int) Math.floor(share * BINS)))]++;
            scores[i] = s.finalScore();
            rests[i] = s.restTotal();
            for (var c : s.criteria()) {
                criterionLabels.putIfAbsent(c.id(), c.label());
                var counts = criteria.computeIfAbsent(c.id(), k -> new int[2]);
                counts[0] += c.met() ? 1 : 0;
                counts[1]++;
            }
            if (s.automatic() != null) {
                graded++;
                s.flags().forEach(code -> flags.merge(code, 1, Integer::sum));
                engine.add(s.automatic());
                people.add(s.finalScore());
                max = Math.max(max, s.max());
            }
            if (s.overridden()) {
                overridden++;
                if (s.automatic() != null) {
                    change += s.finalScore() - s.automatic();
                    changed++;
                }
            }
        }
        var criterionRates = new ArrayList<Rate>();
        criteria.forEach((id, counts) -> criterionRates.add(new Rate(id, criterionLabels.get(id), counts[0],
                counts[1])));
        int gradedCount = graded;
        var flagRates = new ArrayList<Rate>();
        flags.forEach((code, count) -> flagRates.add(new Rate(code, FlagTexts.titleOf(code), count,
                gradedCount)));
        double discrimination = n < QuestionStatistics.MIN_ATTEMPTS ? Double.NaN : Metrics.pearson(scores, rests);
        double kappa = engine.isEmpty() || max <= 0 ? Double.NaN : Metrics.quadraticWeightedKappa(
                unbox(people), unbox(engine), max, Agreement.KAPPA_STEP);
        return new QuestionStatistics(meta.position(), meta.qid(), meta.title(), meta.max(), n,
                n == 0 ? Double.NaN : shareSum / n, discrimination, histogram, criterionRates, flagRates, graded,
                overridden, changed == 0 ? Double.NaN : change / changed, kappa, meta.rubricLink());
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
