package org.assay.review.second;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.assessment.Assessment;
import org.assay.assessment.SecondMarkingSettings;
import org.assay.audit.AuditService;
import org.assay.grading.Adjudication;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.SecondMark;
import org.assay.grading.SqlValues;
import org.assay.review.OverrideService;
import org.assay.review.ReviewAudit;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/**
 * Second marking: a second reviewer scores every answer of a reviewed attempt without seeing the first marking,
 * and an adjudicator decides the answers whose two marks differ by more than the assessment's threshold. Marks are
 * append-only and audited; the score that counts follows {@link AnswerScore#score()}.
 */
@ApplicationScoped
public class SecondMarkingService {

    /** The saved marks: the attempt's second marking and totals now. */
    public record Saved(long attemptId, SecondMarkingStatus status, AttemptScores.Totals totals) {
    }

    /** Attempts read per query for the agreement figures. */
    private static final int BATCH = 500;

    private final AttemptScores scores;
    private final AuditService audit;
    private final AssayConfig config;

    public SecondMarkingService(AttemptScores scores, AuditService audit, AssayConfig config) {
        this.scores = scores;
        this.audit = audit;
        this.config = config;
    }

    /** The attempt's second marking as {@code viewer} may see it. */
    @Transactional
    public Optional<SecondMarkingStatus> status(long attemptId, String viewer) {
        return Attempt.<Attempt>findByIdOptional(attemptId).map(attempt -> SecondMarkingStatus.of(
                SecondMarkingSettings.of(attempt.invitation.assessment), attempt, scores.answers(attemptId), viewer));
    }

    /**
     * The second reviewer's score for every answer of the attempt, given at once so the first reviewer never sees
     * some of them before all are in.
     *
     * @param typed each answer's score as typed, by answer id
     * @param note an optional note, kept with each mark
     * @throws MarkingRefusedException 409 when the attempt is not waiting for a second mark, 403 when the actor
     *         marked it first
     * @throws InvalidInputException when a score is missing or out of range
     */
    @Transactional
    public Saved markSecond(long attemptId, Map<Long, String> typed, String note, String actor) {
        var attempt = lock(attemptId);
        var settings = SecondMarkingSettings.of(attempt.invitation.assessment);
        var answers = scores.answers(attemptId);
        var status = SecondMarkingStatus.of(settings, attempt, answers, actor);
        switch (status.state()) {
            case OFF -> throw new MarkingRefusedException(409, "This assessment has no second marking. An admin can"
                    + " switch it on in the assessment's settings.");
            case FIRST_MARKING -> throw new MarkingRefusedException(409, "The first marking is not finished: a"
                    + " second reviewer marks the attempt once it is marked reviewed.");
            case SECOND_MARKING -> {
                if (!status.mayMarkSecond()) {
                    throw new MarkingRefusedException(403, "You marked this attempt first, so another reviewer"
                            + " gives the second marks.");
                }
            }
            default -> throw new MarkingRefusedException(409, status.secondReviewer() + " has already"
                    + " second-marked this attempt. Where the marks disagree, an adjudicator decides.");
        }
        var errors = new FormErrors.Builder();
        var given = new LinkedHashMap<AnswerScore, Double>();
        for (var answer : answers) {
            var text = typed.get(answer.answerId());
            var field = "second-" + answer.answerId();
            if (text == null || text.isBlank()) {
                errors.add(field, "Give question " + answer.position() + " a score from 0 to "
                        + Numbers.points(answer.max()) + ".");
            } else {
                given.put(answer, OverrideService.checkScore(text, answer.max(), field, errors));
            }
        }
        typed.keySet().stream().filter(id -> answers.stream().noneMatch(a -> a.answerId() == id))
                .forEach(id -> errors.add("second-" + id, "There is no answer " + id + " in attempt " + attemptId
                        + "."));
        var cleanNote = note == null ? "" : note.strip();
        int noteChars = config.review().reasonChars();
        errors.addIf(cleanNote.length() > noteChars, "note", "Keep the note to " + noteChars
                + " characters or fewer (it has " + cleanNote.length() + ").");
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        given.forEach((answer, score) -> {
            var mark = new SecondMark();
            mark.answer = Answer.findById(answer.answerId());
            mark.reviewer = actor;
            mark.score = score;
            mark.note = cleanNote.isEmpty() ? null : cleanNote;
            mark.persist();
            audit.record(actor, ReviewAudit.SECOND_MARKED, ReviewAudit.ANSWER, answer.answerId(), null,
                    Numbers.points(score) + " of " + Numbers.points(answer.max())
                            + (cleanNote.isEmpty() ? "" : ": " + cleanNote));
        });
        SecondMark.flush();
        return saved(attempt, settings, actor);
    }

    /**
     * The adjudicator's score for an answer whose two marks differ by more than the threshold.
     *
     * @throws MarkingRefusedException 409 when the answer's marks are not both in or agree, 403 when the actor gave
     *         one of them
     * @throws InvalidInputException for a score out of range or no reason
     */
    @Transactional
    public Saved adjudicate(long answerId, Long attemptId, String typedScore, String reason, String actor) {
        var answer = Answer.<Answer>findByIdOptional(answerId)
                .filter(a -> attemptId == null || attemptId.equals(a.attempt.id))
                .orElseThrow(() -> new NotFoundException("There is no answer " + answerId + "."));
        var attempt = lock(answer.attempt.id);
        var settings = SecondMarkingSettings.of(attempt.invitation.assessment);
        var status = SecondMarkingStatus.of(settings, attempt, scores.answers(attempt.id), actor);
        if (!status.state().bothIn()) {
            throw new MarkingRefusedException(409, "There is nothing to adjudicate yet: both reviewers must mark the"
                    + " attempt first.");
        }
        var marks = status.answers().stream().filter(m -> m.answerId() == answerId).findFirst().orElseThrow();
        if (!marks.disagreement()) {
            throw new MarkingRefusedException(409, "The two marks of question " + marks.position() + " ("
                    + Numbers.points(marks.first()) + " and " + Numbers.points(marks.second()) + ") are not "
                    + settings.describe() + ", so their mean counts and there is nothing to adjudicate.");
        }
        if (!status.mayAdjudicate()) {
            throw new MarkingRefusedException(403, "You gave one of the two marks of this attempt, so someone else"
                    + " adjudicates it.");
        }
        var errors = new FormErrors.Builder();
        double score = OverrideService.checkScore(typedScore, marks.max(), "score", errors);
        var cleanReason = OverrideService.checkReason(reason, "reason", config.review().reasonChars(), errors);
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        var decision = new Adjudication();
        decision.answer = answer;
        decision.adjudicator = actor;
        decision.score = score;
        decision.reason = cleanReason;
        decision.persistAndFlush();
        var max = Numbers.points(marks.max());
        var before = "first mark " + Numbers.points(marks.first()) + ", second mark "
                + Numbers.points(marks.second()) + (marks.adjudication() == null ? "" : ", adjudicated "
                        + Numbers.points(marks.adjudication().score()) + " by " + marks.adjudication().by());
        audit.record(actor, ReviewAudit.ADJUDICATED, ReviewAudit.ANSWER, answer.id, before,
                Numbers.points(score) + " of " + max + ": " + cleanReason);
        return saved(attempt, settings, actor);
    }

    /** How the reviewers of an assessment agree with each other and with the engine. */
    @Transactional
    public Optional<AgreementView> agreement(long assessmentId) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var settings = SecondMarkingSettings.of(assessment);
            var firstBy = firstReviewers(assessmentId);
            var pairs = new ArrayList<Pair>();
            var ids = List.copyOf(firstBy.keySet());
            for (int from = 0; from < ids.size(); from += BATCH) {
                scores.answers(ids.subList(from, Math.min(ids.size(), from + BATCH))).values().stream()
                        .flatMap(List::stream)
                        .filter(s -> s.secondMarked() && s.firstScore() != null)
                        .forEach(s -> pairs.add(new Pair(s, firstBy.get(s.attemptId()))));
            }
            return AgreementCalculator.view(assessment.id, assessment.title, settings, pairs);
        });
    }

    /** One answer marked twice, with who marked it first. */
    record Pair(AnswerScore score, String firstReviewer) {
    }

    /** Submitted attempts of the assessment with their first reviewer ("" when unknown), in id order. */
    private static Map<Long, String> firstReviewers(long assessmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Attempt.getEntityManager().createNativeQuery("select t.id, t.reviewed_by from attempt t"
                + " join invitation i on i.id = t.invitation_id where i.assessment_id = :assessment"
                + " and t.status = 'SUBMITTED' and exists (select 1 from answer a join second_mark m"
                + " on m.answer_id = a.id where a.attempt_id = t.id) order by t.id")
                .setParameter("assessment", assessmentId).getResultList();
        var byAttempt = new LinkedHashMap<Long, String>();
        rows.forEach(row -> byAttempt.put(SqlValues.id(row[0]), row[1] == null ? "" : (String) row[1]));
        return byAttempt;
    }

    private Saved saved(Attempt attempt, SecondMarkingSettings settings, String actor) {
        return new Saved(attempt.id, SecondMarkingStatus.of(settings, attempt, scores.answers(attempt.id), actor),
                scores.totals(attempt.id));
    }

    private static Attempt lock(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new NotFoundException("There is no attempt " + attemptId + ".");
        }
        return attempt;
    }
}
