package org.assay.review.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationService;
import org.assay.assessment.InvitationStatus;
import org.assay.grading.Grade;
import org.assay.grading.GradingState;
import org.assay.grading.ScoreOverride;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.session.SessionProgress;

/** An invitation's status and, once submitted, its scores: the engine's and the final ones after overrides. */
@ApplicationScoped
public class ResultService {

    /** Everything the API tells about an invitation; names stay hidden from interviewers on blind assessments. */
    public record InvitationDetails(long id, long assessmentId, String assessmentTitle, String candidateName,
            String candidateEmail, InvitationStatus status, Instant createdAt, Instant expiresAt, Instant startedAt,
            Instant deadline, Instant submittedAt, Results results) {
    }

    /**
     * Scores of a submitted attempt.
     *
     * @param total sum of the final scores (a reviewer's override where there is one)
     * @param automaticTotal sum of the engine's scores
     * @param max sum of the questions' maximum scores
     */
    public record Results(double total, double automaticTotal, double max, List<AnswerResult> answers) {
    }

    /**
     * One answer's score.
     *
     * @param score the final score: the newest override if any, else the engine's; null while not graded
     * @param automaticScore the engine's newest grade; null while not graded
     * @param overridden whether a reviewer replaced the engine's score
     * @param flags what the engine asks a person to look at, such as SHORT or OFF_TOPIC
     * @param grading graded, waiting (queued or being graded) or failed (see gradingError)
     * @param gradingError why the engine could not grade the answer; null unless grading failed
     * @param channels the engine's channels that produced the grade (opennlp, wordnet, spelling, semantic)
     */
    public record AnswerResult(long answerId, String qid, int position, String text, Double score,
            Double automaticScore, double max, boolean overridden, List<String> flags, String grading,
            String gradingError, List<String> channels) {
    }

    @Transactional
    public Optional<InvitationDetails> details(long invitationId, boolean maySeeNames) {
        return Invitation.<Invitation>findByIdOptional(invitationId).map(invitation -> {
            var attempt = Attempt.findByInvitation(invitation);
            var stage = attempt.map(SessionProgress::stage).orElse(null);
            var status = InvitationService.status(invitation, stage, Instant.now());
            var hide = invitation.assessment.blindReview && !maySeeNames && !attempt.map(a -> a.reviewed).orElse(false);
            var results = attempt.filter(a -> a.status == AttemptStatus.SUBMITTED).map(this::results).orElse(null);
            return new InvitationDetails(invitation.id, invitation.assessment.id, invitation.assessment.title,
                    hide ? "Candidate " + invitation.id : invitation.candidateName,
                    hide ? null : invitation.candidateEmail, status, invitation.createdAt, invitation.expiresAt,
                    attempt.map(a -> a.startedAt).orElse(null), attempt.map(a -> a.deadline).orElse(null),
                    attempt.map(a -> a.submittedAt).orElse(null), results);
        });
    }

    private Results results(Attempt attempt) {
        var answers = new ArrayList<AnswerResult>();
        double total = 0;
        double automatic = 0;
        double max = 0;
        for (var answer : Answer.listByAttempt(attempt)) {
            var result = result(answer);
            answers.add(result);
            total += result.score() == null ? 0 : result.score();
            automatic += result.automaticScore() == null ? 0 : result.automaticScore();
            max += result.max();
        }
        return new Results(total, automatic, max, answers);
    }

    private AnswerResult result(Answer answer) {
        var grade = Grade.findCurrent(answer);
        var override = ScoreOverride.findCurrent(answer);
        Double automatic = grade.map(g -> g.score).orElse(null);
        Double score = override.map(o -> o.score).orElse(automatic);
        double max = grade.map(g -> g.maxScore).orElse(answer.rubricVersion.points);
        var flags = grade.map(g -> List.copyOf(g.flags)).orElse(List.of());
        var grading = GradingState.of(answer.id, grade);
        return new AnswerResult(answer.id, answer.question.qid, answer.position, answer.text, score, automatic, max,
                override.isPresent(), flags, grading.state(), grading.failed() ? grading.error() : null,
                grade.map(Grade::channelList).orElse(List.of()));
    }
}
