package org.assay.review;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;

import org.assay.session.Answer;

/** Changes to built data that a test needs after the fact. */
final class ReviewDataEdits {

    private ReviewDataEdits() {
    }

    /** Replaces an answer's text and grades it again with one exact match of {@code evidence}. */
    static void regradeWithText(long answerId, String text, String evidence) {
        QuarkusTransaction.requiringNew().run(() -> {
            Answer answer = Answer.findById(answerId);
            answer.text = text;
            var met = new CriterionResult("mechanism", "Compares each token with the others", 6, 6,
                    CriterionStatus.MET, List.of(ReviewData.evidence(text, evidence, evidence, MatchKind.EXACT,
                            false)));
            ReviewData.grade(answer, new GradeReport(6, ReviewData.QUESTION_POINTS, List.of(met), List.of(),
                    List.of(), 1, "0.1.0", "test"));
        });
    }

    static void setAnswerText(long answerId, String text) {
        QuarkusTransaction.requiringNew().run(() -> Answer.<Answer>findById(answerId).text = text);
    }
}
