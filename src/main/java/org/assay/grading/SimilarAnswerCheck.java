package org.assay.grading;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.assay.assessment.AssessmentQuestion;
import org.assay.engine.match.TextOverlap;
import org.assay.session.Answer;
import org.assay.session.AttemptStatus;

/**
 * Compares a just-graded answer with the other submitted answers to the same question in the same assessment and
 * records each pair where most of one repeats the other word for word, in both directions that hold.
 */
@ApplicationScoped
public class SimilarAnswerCheck {

    /** Most answers one answer is compared with: the newest ones, so a huge assessment stays cheap to grade. */
    static final int MAX_COMPARED = 2_000;

    /** Checks one answer; never throws, since a failed check must not undo its grade. */
    public void check(long answerId) {
        try {
            compare(answerId);
        } catch (RuntimeException e) {
            Log.warnf(e, "Comparing answer %d with other candidates' answers failed", answerId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void compare(long answerId) {
        Answer answer = Answer.findById(answerId);
        if (answer == null || answer.text.isBlank()) {
            return;
        }
        // One check at a time per question of an assessment: two answers graded together would otherwise each
        // record the pair in both directions, in opposite orders, and deadlock
        AssessmentQuestion.find("assessment = ?1 and question = ?2", answer.attempt.invitation.assessment,
                answer.question).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        List<Answer> others = Answer.<Answer>find("""
                question = ?1 and attempt.invitation.assessment = ?2 and attempt.status = ?3 and id <> ?4
                order by id desc""", answer.question, answer.attempt.invitation.assessment, AttemptStatus.SUBMITTED,
                answer.id).page(0, MAX_COMPARED).list();
        for (Answer other : others) {
            var overlap = TextOverlap.of(answer.text, other.text);
            if (overlap.copied()) {
                record(answer, other, overlap);
            }
            if (overlap.sourceCopied()) {
                record(other, answer, overlap.reversed());
            }
        }
    }

    private static void record(Answer answer, Answer other, TextOverlap.Result overlap) {
        if (SimilarAnswer.count("answer = ?1 and other = ?2", answer, other) > 0) {
            return;
        }
        var pair = new SimilarAnswer();
        pair.answer = answer;
        pair.other = other;
        pair.share = overlap.share();
        pair.words = overlap.words();
        pair.spans = SimilarAnswer.format(overlap.inText());
        pair.otherSpans = SimilarAnswer.format(overlap.inSource());
        pair.persist();
    }
}
