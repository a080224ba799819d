package org.assay.review.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationService;
import org.assay.assessment.InvitationStatus;
import org.assay.assessment.SecondMarkingSettings;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.AttemptScores.Totals;
import org.assay.grading.GradingState;
import org.assay.grading.SqlValues;
import org.assay.review.Display;
import org.assay.review.FlagTexts;
import org.assay.review.Recommendation;
import org.assay.review.export.Results.CandidateResult;
import org.assay.review.export.Results.FlagText;
import org.assay.review.export.Results.QuestionColumn;
import org.assay.review.export.Results.QuestionResult;
import org.assay.review.second.FirstMarkingVisibility;
import org.assay.review.second.SecondMarkingStatus;
import org.assay.web.Numbers;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.session.IntegrityService;
import org.assay.session.SessionProgress;

/**
 * Results as scripts and exports read them: an assessment's, read in batches of attempts, and an invitation's. Both
 * take each answer's score from {@link AttemptScores} and total it with {@link Totals}.
 */
@ApplicationScoped
public class ResultsService {

    /** Attempts read per query; keeps each query and its IN list small. */
    private static final int BATCH = 500;

    /** Everything the API tells about an invitation; names stay hidden from interviewers on blind assessments. */
    public record InvitationDetails(long id, long assessmentId, String assessmentTitle, String candidateName,
            String candidateEmail, InvitationStatus status, Instant createdAt, Instant expiresAt, Instant startedAt,
            Instant deadline, Instant submittedAt, AttemptResults results) {
    }

    /**
     * Scores of a submitted attempt.
     *
     * @param total sum of the final scores (a reviewer's override where there is one)
     * @param automaticTotal sum of the engine's scores
     * @param max sum of the questions' maximum scores
     */
    public record AttemptResults(double total, double automaticTotal, double max, List<AnswerResult> answers) {
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
     * @param overrideId the current override, which a change through the API must name; 0 when there is none
     */
    public record AnswerResult(long answerId, String qid, int position, String text, Double score,
            Double automaticScore, double max, boolean overridden, List<String> flags, String grading,
            String gradingError, List<String> channels, long overrideId) {
    }

    private final EntityManager em;
    private final AttemptScores scores;

    public ResultsService(EntityManager em, AttemptScores scores) {
        this.em = em;
        this.scores = scores;
    }

    /**
     * An invitation as {@code viewer} may see it: the first marking's scores stay hidden while the attempt waits for
     * a second mark the viewer may give.
     */
    @Transactional
    public Optional<InvitationDetails> details(long invitationId, boolean maySeeNames, String viewer) {
        return Invitation.<Invitation>findByIdOptional(invitationId).map(invitation -> {
            var attempt = Attempt.findByInvitation(invitation);
            var stage = attempt.map(SessionProgress::stage).orElse(null);
            var status = InvitationService.status(invitation, stage, Instant.now());
            var hide = invitation.assessment.blindReview && !maySeeNames && !attempt.map(a -> a.reviewed).orElse(false);
            var results = attempt.filter(a -> a.status == AttemptStatus.SUBMITTED).map(a -> results(a, viewer))
                    .orElse(null);
            return new InvitationDetails(invitation.id, invitation.assessment.id, invitation.assessment.title,
                    hide ? "Candidate " + invitation.id : invitation.candidateName,
                    hide ? null : invitation.candidateEmail, status, invitation.createdAt, invitation.expiresAt,
                    attempt.map(a -> a.startedAt).orElse(null), attempt.map(a -> a.deadline).orElse(null),
                    attempt.map(a -> a.submittedAt).orElse(null), results);
        });
    }

    private AttemptResults results(Attempt attempt, String viewer) {
        var answerScores = FirstMarkingVisibility.asSeenBy(viewer, SecondMarkingStatus.marking(
                SecondMarkingSettings.of(attempt.invitation.assessment), attempt), scores.answers(attempt.id));
        var flags = scores.flagCodes(answerScores.stream().filter(AnswerScore::graded).map(AnswerScore::gradeId)
                .toList());
        var byId = new HashMap<Long, AnswerScore>();
        answerScores.forEach(s -> byId.put(s.answerId(), s));
        var answers = Answer.listByAttempt(attempt).stream().map(answer -> {
            var score = byId.get(answer.id);
            var grading = GradingState.of(score);
            return new AnswerResult(answer.id, answer.question.qid, answer.position, answer.text, score.score(),
                    score.automatic(), score.max(), score.overridden(),
                    score.graded() ? flags.getOrDefault(score.gradeId(), List.of()) : List.of(), grading.state(),
                    grading.failed() ? grading.error() : null, score.channels(),
                    score.overridden() ? score.override().id() : 0L);
        }).toList();
        var totals = Totals.of(answerScores);
        return new AttemptResults(totals.finalScore(), totals.automatic(), totals.max(), answers);
    }

    /**
     * An assessment's results as {@code viewer} may see them: an attempt waiting for a second mark shows the
     * engine's scores and no decision unless the viewer marked it first.
     */
    @Transactional
    public Optional<Results> results(long assessmentId, String viewer) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var questions = assessment.questions.stream().map(item -> new QuestionColumn(item.question.id,
                    item.position, item.question.qid, item.question.title)).toList();
            var candidates = new ArrayList<CandidateResult>();
            long after = 0;
            List<Object[]> batch;
            do {
                batch = attempts(assessmentId, after);
                candidates.addAll(candidates(assessment.blindReview, SecondMarkingSettings.of(assessment).on(), batch,
                        questions, viewer));
                after = batch.isEmpty() ? after : SqlValues.id(batch.get(batch.size() - 1)[0]);
            } while (batch.size() == BATCH);
            return new Results(assessment.id, assessment.title, assessment.blindReview, questions, candidates);
        });
    }

    /**
     * The results as CSV: a row per attempt, the final score of each question, the totals, then the integrity summary
     * (its level in words and its reasons, separated by "; ").
     */
    public static String csv(Results results) {
        var out = new StringBuilder();
        var heading = new ArrayList<>(List.of("attempt", "candidate", "email", "status", "submitted_at", "reviewed",
                "recommendation"));
        results.questions().forEach(q -> heading.add(q.heading()));
        heading.addAll(List.of("automatic_total", "final_total", "max_total", "integrity", "integrity_reasons"));
        out.append(Csv.row(heading));
        for (var c : results.candidates()) {
            var cells = new ArrayList<>(List.of(Long.toString(c.attemptId()), c.candidate(),
                    c.email() == null ? "" : c.email(), Display.status(c.status()), Display.isoTime(c.submittedAt()),
                    Boolean.toString(c.reviewed()), c.recommendation() == null ? "" : c.recommendation()));
            c.questions().forEach(q -> cells.add(Numbers.points(q.finalScore())));
            cells.addAll(List.of(Numbers.points(c.automaticTotal()), Numbers.points(c.finalTotal()),
                    Numbers.points(c.maxTotal())));
            var integrity = c.integrity();
            cells.add(integrity == null ? "" : integrity.label());
            cells.add(integrity == null ? "" : String.join("; ", integrity.reasons()));
            out.append(Csv.row(cells));
        }
        return out.toString();
    }

    private List<Object[]> attempts(long assessmentId, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, i.candidate_name, i.candidate_email, t.status,"
                + " t.submitted_at, t.reviewed, t.recommendation, t.reviewed_by from attempt t"
                + " join invitation i on i.id = t.invitation_id where i.assessment_id = :assessment and t.id > :after"
                + " order by t.id").setParameter("assessment", assessmentId).setParameter("after", after)
                .setMaxResults(BATCH).getResultList();
        return rows;
    }

    private List<CandidateResult> candidates(boolean blind, boolean secondMarking, List<Object[]> attempts,
            List<QuestionColumn> questions, String viewer) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        var ids = attempts.stream().map(row -> SqlValues.id(row[0])).toList();
        var byAttempt = scores.answers(ids);
        var integrity = IntegrityService.summaries(ids);
        var flags = scores.flagCodes(byAttempt.values().stream().flatMap(List::stream).filter(AnswerScore::graded)
                .map(AnswerScore::gradeId).toList());
        return attempts.stream().map(row -> {
            var marking = new FirstMarkingVisibility.Marking(secondMarking, "SUBMITTED".equals(row[3]),
                    (Boolean) row[5], (String) row[7]);
            var answers = byAttempt.getOrDefault(SqlValues.id(row[0]), List.<AnswerScore>of());
            var hidden = FirstMarkingVisibility.hiddenFrom(viewer, marking, answers);
            return candidate(blind, row, questions, FirstMarkingVisibility.seen(hidden, answers), flags,
                    integrity.get(SqlValues.id(row[0])), hidden);
        }).toList();
    }

    private static CandidateResult candidate(boolean blind, Object[] row, List<QuestionColumn> questions,
            List<AnswerScore> answers, Map<Long, List<String>> flags, IntegrityService.Summary integrity,
            boolean firstMarkingHidden) {
        long id = SqlValues.id(row[0]);
        boolean reviewed = (Boolean) row[5];
        var hidden = Display.nameHidden(blind, reviewed);
        var byQuestion = new HashMap<Long, AnswerScore>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a));
        var results = questions.stream().map(q -> question(q, byQuestion.get(q.questionId()), flags)).toList();
        var totals = Totals.of(answers);
        var scored = totals.anyScored();
        var recommendation = firstMarkingHidden ? "" : Recommendation.labelOf((String) row[6]);
        return new CandidateResult(id, Display.candidate(blind, reviewed, id, (String) row[1]), hidden,
                hidden ? null : (String) row[2], (String) row[3], SqlValues.instant(row[4]), reviewed,
                recommendation.isEmpty() ? null : recommendation, scored ? totals.automatic() : null,
                scored ? totals.finalScore() : null, scored ? totals.max() : null, results, integrity);
    }

    /** A question's scores; all absent while the answer has no score. */
    private static QuestionResult question(QuestionColumn column, AnswerScore score,
            Map<Long, List<String>> flags) {
        if (score == null || !score.scored()) {
            return new QuestionResult(column.qid(), null, null, null, false, List.of());
        }
        var texts = score.graded() ? flags.getOrDefault(score.gradeId(), List.of()).stream()
                .map(ResultsService::flagText).toList() : List.<FlagText>of();
        return new QuestionResult(column.qid(), score.automatic(), score.score(), score.max(), score.overridden(),
                texts);
    }

    private static FlagText flagText(String code) {
        return new FlagText(code, FlagTexts.titleOf(code));
    }
}
