package org.assay.engine.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.engine.Grader;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MisconceptionResult;

/**
 * A tiny engine for testing the command: a criterion earns its points when the answer contains one of its keywords;
 * answers of fewer than three words are flagged TOO_SHORT; an answer "explode" makes grading fail. Drafts make one
 * criterion whose keywords are the reference's words of five letters or more.
 */
final class FakeEngine implements EvaluationEngine {

    static final String FAILING_ANSWER = "explode";
    private static final int SHORT_WORDS = 3;
    private static final int KEYWORD_LENGTH = 5;

    final AtomicInteger drafts = new AtomicInteger();

    @Override
    public GradeReport grade(Rubric rubric, String answer) {
        if (answer.equals(FAILING_ANSWER)) {
            throw new IllegalStateException("cannot grade this");
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            boolean met = criterion.keywords().stream().anyMatch(lower::contains);
            results.add(new CriterionResult(criterion.id(), criterion.label(), met ? criterion.points() : 0,
                    criterion.points(), met ? CriterionStatus.MET : CriterionStatus.MISSING, List.of()));
        }
        List<Flag> flags = answer.split("\\s+").length < SHORT_WORDS
                ? List.of(new Flag(FlagCode.TOO_SHORT, "short")) : List.of();
        List<MisconceptionResult> misconceptions = rubric.misconceptions().stream()
                .filter(m -> m.expressions().stream().anyMatch(lower::contains))
                .map(m -> new MisconceptionResult(m.id(), m.label(), m.penalty(), List.of())).toList();
        double score = results.stream().mapToDouble(CriterionResult::points).sum()
                - misconceptions.stream().mapToDouble(MisconceptionResult::penalty).sum();
        return new GradeReport(Math.max(0, score), rubric.points(), results, misconceptions, flags, 1,
                Grader.VERSION, "fake");
    }

    @Override
    public Rubric draft(String id, String question, String reference, double points) {
        drafts.incrementAndGet();
        List<String> keywords = Arrays.stream(reference.toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() >= KEYWORD_LENGTH).distinct().toList();
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("the reference has no long words");
        }
        return new Rubric(id, question, question, points, reference,
                List.of(new Criterion("reference", "Says what the reference says", points, List.of(), keywords, 1,
                        List.of())), List.of(), java.util.Map.of());
    }
}
