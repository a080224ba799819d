package org.assay.review.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.grading.AttemptScores;
import org.assay.rubric.ExampleService;
import org.assay.session.Answer;
import org.assay.session.AttemptStatus;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** An admin keeps a reviewed transcript's answer as a graded example of its question. */
@ApplicationScoped
public class KeepExampleService {

    private final ExampleService examples;
    private final AttemptScores scores;

    public KeepExampleService(ExampleService examples, AttemptScores scores) {
        this.examples = examples;
        this.scores = scores;
    }

    /**
     * Keeps the answer with the score the reviewer settled on: their override if they made one, otherwise the grade
     * they accepted by marking the attempt reviewed.
     *
     * @param kind the example's kind as written in examples files; blank to decide from the score
     * @return what was kept, and where the answer came from
     */
    @Transactional
    public KeptExample fromAnswer(long answerId, String kind, String author) {
        Answer answer = Answer.findById(answerId);
        if (answer == null) {
            throw new NotFoundException("There is no answer " + answerId + ".");
        }
        var current = scores.answer(answerId);
        var errors = new FormErrors.Builder()
                .addIf(answer.attempt.status != AttemptStatus.SUBMITTED, "answerId",
                        "The attempt has not been submitted yet.")
                .addIf(!current.settled(answer.attempt.reviewed),
                        "answerId",
                        "Review the attempt first (mark it reviewed or override this score), so the example's "
                                + "score is a person's.")
                .addIf(answer.text.isBlank(), "answerId", "The answer is empty.");
        examples.checkTranscriptAnswer(answerId, kind, errors);
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        double score = current.score();
        var kept = examples.keepTranscriptAnswer(answer.question, answer.rubricVersion, answerId, answer.text, score,
                kind, author);
        return new KeptExample(answer.attempt.id, answer.position, answer.question.qid, kept, score);
    }
}
