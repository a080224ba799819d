package org.assay.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.account.AppUser;
import org.assay.account.Role;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentQuestion;
import org.assay.assessment.Invitation;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;
import org.assay.engine.score.MisconceptionResult;
import org.assay.grading.Grade;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/**
 * Builds reviewable attempts through the entities: an assessment of two questions, a submitted attempt with typed
 * answers and grades whose reports are real engine records with evidence at the right offsets.
 */
public final class ReviewData {

    public static final String PASSWORD = "interviewer-password-1";

    public static final String SELF_ATTENTION_PROMPT =
            "What does self-attention compute, and why does it work so well?";
    public static final String TOKENIZATION_PROMPT = "What is tokenization, and why does it matter for a model?";

    /** Meets the first criterion twice (exact and lemma), part of the second by meaning, and claims linear cost. */
    public static final String ATTENTION_ANSWER = "Self-attention lets every token look at all the other tokens.\n"
            + "It scores query key similarity, applies a softmax and takes a weighted sum of the values.\n"
            + "Its cost is linear in sequence length.";
    public static final String TOKENIZATION_ANSWER = "Splitting text into pieces.";

    public static final double ATTENTION_SCORE = 4.5;
    public static final double TOKENIZATION_SCORE = 2;
    public static final double QUESTION_POINTS = 10;
    public static final int ATTENTION_SECONDS = 252;
    public static final int ATTENTION_SAVES = 7;

    private ReviewData() {
    }

    /** What a test needs to reach the data it built. */
    public record Built(long assessmentId, long attemptId, List<Long> answerIds, List<Long> gradeIds) {

        public String transcript() {
            return "/review/attempts/" + attemptId;
        }
    }

    /** Signs in as an interviewer, creating the account the first time. */
    public static WebSession interviewer(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername(username).isEmpty()) {
                var user = new AppUser();
                user.username = username;
                user.role = Role.interviewer;
                user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
                user.persist();
            }
        });
        return WebSession.signedIn(username, PASSWORD);
    }

    /** A submitted, graded attempt of a new two-question assessment. */
    public static Built submitted(String candidate, boolean blindReview) {
        return submitted(newAssessment("Transformers " + UUID.randomUUID().toString().substring(0, 8), blindReview),
                candidate);
    }

    /** A submitted, graded attempt of an existing assessment made by {@link #newAssessment}. */
    public static Built submitted(long assessmentId, String candidate) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var attempt = attempt(assessmentId, candidate, AttemptStatus.SUBMITTED);
            var answers = Answer.listByAttempt(attempt);
            var grades = new ArrayList<Long>();
            grades.add(grade(answers.get(0), attentionReport()).id);
            grades.add(grade(answers.get(1), tokenizationReport()).id);
            return new Built(assessmentId, attempt.id, answers.stream().map(a -> a.id).toList(), grades);
        });
    }

    /** A submitted attempt whose first answer is graded and whose second still waits for the engine. */
    public static Built partlyGraded(long assessmentId, String candidate) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var attempt = attempt(assessmentId, candidate, AttemptStatus.SUBMITTED);
            var answers = Answer.listByAttempt(attempt);
            var grade = grade(answers.get(0), attentionReport()).id;
            return new Built(assessmentId, attempt.id, answers.stream().map(a -> a.id).toList(), List.of(grade));
        });
    }

    /** An attempt still in progress, with no grades. */
    public static Built inProgress(long assessmentId, String candidate) {
        return ungraded(assessmentId, candidate, AttemptStatus.IN_PROGRESS);
    }

    /** A submitted attempt of a new two-question assessment that the engine has not graded yet. */
    public static Built submittedUngraded(String candidate) {
        return ungraded(newAssessment("Transformers " + UUID.randomUUID().toString().substring(0, 8), false),
                candidate, AttemptStatus.SUBMITTED);
    }

    private static Built ungraded(long assessmentId, String candidate, AttemptStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var attempt = attempt(assessmentId, candidate, status);
            var ids = Answer.listByAttempt(attempt).stream().map(a -> a.id).toList();
            return new Built(assessmentId, attempt.id, ids, List.of());
        });
    }

    public static long newAssessment(String title, boolean blindReview) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var bank = new QuestionBank();
            bank.key = "review-" + UUID.randomUUID();
            bank.title = "Review test bank";
            bank.timeLimitMinutes = 30;
            bank.persist();
            var assessment = new Assessment();
            assessment.title = title;
            assessment.bank = bank;
            assessment.timeLimitMinutes = 30;
            assessment.blindReview = blindReview;
            assessment.persist();
            addQuestion(assessment, 1, "q06", "Self-attention", SELF_ATTENTION_PROMPT);
            addQuestion(assessment, 2, "q03", "Tokenization", TOKENIZATION_PROMPT);
            return assessment.id;
        });
    }

    private static void addQuestion(Assessment assessment, int position, String qid, String title, String prompt) {
        var question = new Question();
        question.bank = assessment.bank;
        question.qid = qid;
        question.position = position;
        question.title = title;
        question.persist();
        var version = new RubricVersion();
        version.question = question;
        version.versionNo = 1;
        version.content = TestData.rubric(qid, title, prompt);
        version.fingerprint = Integer.toHexString(version.content.hashCode());
        version.points = QUESTION_POINTS;
        version.author = "test";
        version.persist();
        question.currentVersion = version;
        var item = new AssessmentQuestion();
        item.assessment = assessment;
        item.question = question;
        item.position = position;
        item.persist();
        assessment.questions.add(item);
    }

    private static Attempt attempt(long assessmentId, String candidate, AttemptStatus status) {
        Assessment assessment = Assessment.findById(assessmentId);
        var invitation = new Invitation();
        invitation.assessment = assessment;
        invitation.candidateName = candidate;
        invitation.candidateEmail = "candidate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invitation.tokenHash = UUID.randomUUID().toString().replace("-", "") + "0000";
        invitation.expiresAt = Instant.now().plus(Duration.ofDays(7));
        invitation.persist();
        var attempt = new Attempt();
        attempt.invitation = invitation;
        attempt.status = status;
        attempt.startedAt = Instant.now().minus(Duration.ofMinutes(20));
        attempt.deadline = attempt.startedAt.plus(Duration.ofMinutes(30));
        if (status == AttemptStatus.SUBMITTED) {
            attempt.submittedAt = Instant.now().minus(Duration.ofMinutes(1));
            attempt.submittedBy = "candidate";
        }
        attempt.persist();
        var texts = List.of(ATTENTION_ANSWER, TOKENIZATION_ANSWER);
        for (var item : assessment.questions) {
            var answer = new Answer();
            answer.attempt = attempt;
            answer.question = item.question;
            answer.rubricVersion = item.question.currentVersion;
            answer.position = item.position;
            answer.text = texts.get(item.position - 1);
            answer.revision = 3;
            answer.saveCount = item.position == 1 ? ATTENTION_SAVES : 2;
            answer.secondsSpent = item.position == 1 ? ATTENTION_SECONDS : 40;
            answer.savedAt = attempt.startedAt.plus(Duration.ofMinutes(5));
            answer.persist();
        }
        return attempt;
    }

    /** Stores a grade of an answer as the grading service does: the report as JSON. */
    public static Grade grade(Answer answer, GradeReport report) {
        var grade = Grade.of(answer, answer.rubricVersion, report, json(report));
        grade.persist();
        return grade;
    }

    /** Adds a newer grade to an answer, as a regrade does. */
    public static long regrade(long answerId, double score) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Answer answer = Answer.findById(answerId);
            var old = attentionReport();
            var report = new GradeReport(score, old.max(), old.criteria(), old.misconceptions(), old.flags(),
                    old.confidence(), old.engineVersion(), old.rubricVersion());
            return grade(answer, report).id;
        });
    }

    public static GradeReport attentionReport() {
        var text = ATTENTION_ANSWER;
        var mechanism = new CriterionResult("mechanism", "Compares each token with the others and blends the values",
                4.5, 6, CriterionStatus.MET, List.of(
                        evidence(text, "query key similarity", "query key similarity", MatchKind.EXACT, false),
                        evidence(text, "weighted sum of the values", "weighted sum of values", MatchKind.LEMMA,
                                false)));
        var reach = new CriterionResult("reach", "Any two positions interact directly", 2, 4,
                CriterionStatus.PARTIAL, List.of(evidence(text, "every token look at all the other tokens",
                        "every token looks at all tokens", MatchKind.SEMANTIC, false)));
        var linear = new MisconceptionResult("linear-cost", "Says attention cost grows linearly with length", 2,
                List.of(evidence(text, "linear in sequence length", "linear in sequence length", MatchKind.EXACT,
                        false)));
        return new GradeReport(ATTENTION_SCORE, QUESTION_POINTS, List.of(mechanism, reach), List.of(linear),
                List.of(new Flag(FlagCode.LOW_CONFIDENCE, "Part of the score rests on a match by meaning only.")),
                0.62, "0.1.0", "test");
    }

    public static GradeReport tokenizationReport() {
        var text = TOKENIZATION_ANSWER;
        var split = new CriterionResult("mechanism", "Compares each token with the others and blends the values", 2,
                6, CriterionStatus.PARTIAL, List.of(evidence(text, "Splitting", "split", MatchKind.LEMMA, false)));
        var reach = new CriterionResult("reach", "Any two positions interact directly", 0, 4,
                CriterionStatus.MISSING, List.of());
        return new GradeReport(TOKENIZATION_SCORE, QUESTION_POINTS, List.of(split, reach), List.of(),
                List.of(new Flag(FlagCode.TOO_SHORT, "The answer has 4 words.")), 0.5, "0.1.0", "test");
    }

    public static Evidence evidence(String answer, String span, String matched, MatchKind kind, boolean negated) {
        int start = answer.indexOf(span);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + span + "\" is not in the answer");
        }
        return new Evidence(start, start + span.length(), span, matched, kind, negated);
    }

    private static String json(GradeReport report) {
        try {
            return Arc.container().instance(ObjectMapper.class).get().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
