package org.assay.review.second;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.assay.assessment.SecondMarkingSettings;
import org.assay.grading.AnswerScore;
import org.assay.review.second.AgreementView.ReviewerAgreement;
import org.assay.review.second.SecondMarkingService.Pair;

/** Agreement figures of the answers marked twice: first against second, and each against the engine. */
final class AgreementCalculator {

    private AgreementCalculator() {
    }

    static AgreementView view(long assessmentId, String title, SecondMarkingSettings settings, List<Pair> pairs) {
        double max = pairs.stream().mapToDouble(p -> p.score().max()).max().orElse(0);
        var reviewers = figures(pairs, p -> p.score().firstScore(), p -> p.score().second().score(), max);
        var graded = pairs.stream().filter(p -> p.score().graded()).toList();
        var withEngine = new ArrayList<ReviewerAgreement>();
        withEngine.add(new ReviewerAgreement("First marking", "first",
                figures(graded, p -> p.score().firstScore(), p -> p.score().automatic(), max)));
        withEngine.add(new ReviewerAgreement("Second marking", "second",
                figures(graded, p -> p.score().second().score(), p -> p.score().automatic(), max)));
        // Each person's marks, first and second alike, against the engine's scores of the same answers
        var byPerson = new LinkedHashMap<String, List<double[]>>();
        for (var p : graded) {
            var s = p.score();
            if (!p.firstReviewer().isEmpty()) {
                byPerson.computeIfAbsent(p.firstReviewer(), k -> new ArrayList<>())
                        .add(new double[] { s.firstScore(), s.automatic() });
            }
            byPerson.computeIfAbsent(s.second().by(), k -> new ArrayList<>())
                    .add(new double[] { s.second().score(), s.automatic() });
        }
        byPerson.forEach((person, marks) -> withEngine.add(new ReviewerAgreement(person, "reviewer",
                AgreementFigures.of(marks.stream().mapToDouble(m -> m[0]).toArray(),
                        marks.stream().mapToDouble(m -> m[1]).toArray(), max))));
        int disagreements = (int) pairs.stream().filter(p -> disagree(settings, p.score())).count();
        int adjudicated = (int) pairs.stream().filter(p -> disagree(settings, p.score()) && p.score().adjudicated())
                .count();
        int attempts = (int) pairs.stream().mapToLong(p -> p.score().attemptId()).distinct().count();
        return new AgreementView(assessmentId, title, settings.on(), settings.describe(), attempts, disagreements,
                adjudicated, reviewers, withEngine);
    }

    private static boolean disagree(SecondMarkingSettings settings, AnswerScore score) {
        return settings.disagree(score.firstScore(), score.second().score(), score.max());
    }

    private static AgreementFigures figures(List<Pair> pairs, ToDoubleFunction<Pair> a, ToDoubleFunction<Pair> b,
            double max) {
        return AgreementFigures.of(pairs.stream().mapToDouble(a).toArray(), pairs.stream().mapToDouble(b).toArray(),
                max);
    }
}
