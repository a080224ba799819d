package org.assay.rubric;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentQuestion;
import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationService;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.support.Fixtures;
import org.assay.support.TestData;

/** Candidates' attempts on a test bank's questions, put straight into the database. */
public final class TestAttempts {

    private TestAttempts() {
    }

    /** An assessment of the bank's questions, in the order given. */
    public static long assessment(String bank, List<String> qids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var assessment = new Assessment();
            assessment.title = "Assessment of " + bank;
            assessment.bank = QuestionBank.findByKey(bank).orElseThrow();
            assessment.timeLimitMinutes = 30;
            assessment.persist();
            for (int i = 0; i < qids.size(); i++) {
                var item = new AssessmentQuestion();
                item.assessment = assessment;
                item.question = Question.findByBankAndQid(bank, qids.get(i)).orElseThrow();
                item.position = i + 1;
                item.persist();
                assessment.questions.add(item);
            }
            return assessment.id;
        });
    }

    /** A submitted attempt with one answer per question, in assessment order; returns the answer ids. */
    public static List<Long> submitted(long assessmentId, List<String> texts) {
        var invitation = QuarkusTransaction.requiringNew().call(() -> {
            var row = new Invitation();
            row.assessment = Assessment.findById(assessmentId);
            row.candidateName = "Candidate " + System.nanoTime();
            row.candidateEmail = "candidate@example.org";
            row.tokenHash = InvitationService.hashToken(TestData.newToken());
            row.expiresAt = Instant.now().plus(Duration.ofDays(7));
            row.persist();
            return row.id;
        });
        var attempt = Fixtures.attempt(invitation, AttemptStatus.SUBMITTED, texts);
        return QuarkusTransaction.requiringNew().call(() -> Answer.listByAttempt(Attempt.findById(attempt))
                .stream().map(a -> a.id).toList());
    }

    public static long attemptOf(long answerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Answer) Answer.findById(answerId)).attempt.id);
    }

    public static void markReviewed(long attemptId) {
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("reviewed = true where id = ?1", attemptId));
    }
}
