package org.assay.support;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hibernate.Hibernate;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentQuestion;
import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;
import org.assay.session.Attempt;

/** Builds banks, rubric versions, assessments and invitations through the entities, each in its own transaction. */
public final class TestData {

    public static final int TIME_LIMIT_MINUTES = 30;
    public static final String CANDIDATE = "Ada Candidate";
    public static final String[] TITLES = { "Overfitting", "Tokenization", "Embeddings", "Temperature", "Attention" };

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestData() {
    }

    /** An invitation link's token with the ids behind it. */
    public record Invite(String token, long invitationId, long assessmentId, List<Long> questionIds) {
    }

    /** A rubric in the bank format; the prompt is what the candidate sees. */
    public static String rubric(String qid, String title, String prompt) {
        return """
                id: %s
                title: %s
                prompt: %s
                points: 10
                model_answer: >
                  A model overfits when it learns the noise of its training data instead of the general pattern,
                  so it scores well on the training set and badly on data it has not seen. Comparing training and
                  validation loss reveals it; more data, regularisation and early stopping reduce it.
                criteria:
                  - id: definition
                    label: Overfitting means fitting noise in the training data rather than the pattern
                    points: 5
                    expressions:
                      - learns the noise
                      - memorises the training data
                    keywords: [noise, memorise, training]
                    min_keywords: 2
                  - id: detection
                    label: It shows as a gap between training and validation performance
                    points: 5
                    expressions:
                      - validation loss rises
                      - gap between training and validation
                    keywords: [validation, gap, unseen]
                    min_keywords: 2
                """.formatted(qid, title, prompt);
    }

    /** An assessment of {@code questions} questions with a fresh invitation valid for a week. */
    public static Invite invitation(int questions) {
        return invitation(questions, Instant.now().plus(Duration.ofDays(7)));
    }

    public static Invite invitation(int questions, Instant expiresAt) {
        var token = newToken();
        return QuarkusTransaction.requiringNew().call(() -> {
            var bank = new QuestionBank();
            bank.key = "test-" + UUID.randomUUID();
            bank.title = "Test bank";
            bank.timeLimitMinutes = TIME_LIMIT_MINUTES;
            bank.persist();
            var assessment = new Assessment();
            assessment.title = "Machine learning basics";
            assessment.bank = bank;
            assessment.timeLimitMinutes = TIME_LIMIT_MINUTES;
            assessment.persist();
            for (int i = 1; i <= questions; i++) {
                var question = question(bank, i);
                var item = new AssessmentQuestion();
                item.assessment = assessment;
                item.question = question;
                item.position = i;
                item.persist();
                assessment.questions.add(item);
            }
            var invitation = invite(assessment, CANDIDATE, "ada@example.org", token, expiresAt);
            var ids = assessment.questions.stream().map(item -> item.question.id).toList();
            return new Invite(token, invitation.id, assessment.id, ids);
        });
    }

    /** A fresh invitation for another candidate to the assessment of {@code first}. */
    public static Invite invitationFor(Invite first, String candidate) {
        var token = newToken();
        return QuarkusTransaction.requiringNew().call(() -> {
            var invitation = invite(Assessment.findById(first.assessmentId()), candidate,
                    "candidate-" + UUID.randomUUID() + "@example.org", token, Instant.now().plus(Duration.ofDays(7)));
            return new Invite(token, invitation.id, first.assessmentId(), first.questionIds());
        });
    }

    private static Invitation invite(Assessment assessment, String name, String email, String token,
            Instant expiresAt) {
        var invitation = new Invitation();
        invitation.assessment = assessment;
        invitation.candidateName = name;
        invitation.candidateEmail = email;
        invitation.tokenHash = InvitationService.hashToken(token);
        invitation.expiresAt = expiresAt;
        invitation.persist();
        return invitation;
    }

    private static Question question(QuestionBank bank, int position) {
        var question = new Question();
        question.bank = bank;
        question.qid = "q%02d".formatted(position);
        question.position = position;
        question.title = TITLES[(position - 1) % TITLES.length];
        question.persist();
        question.currentVersion = addVersion(question,
                "Explain " + question.title.toLowerCase(Locale.ROOT) + " in a paragraph.");
        return question;
    }

    private static RubricVersion addVersion(Question question, String prompt) {
        var version = new RubricVersion();
        version.question = question;
        version.versionNo = RubricVersion.listByQuestion(question).size() + 1;
        version.content = rubric(question.qid, question.title, prompt);
        version.fingerprint = Integer.toHexString(version.content.hashCode());
        version.points = 10;
        version.author = "test";
        version.persist();
        return version;
    }

    /** Saves a new rubric version of a question and makes it current, as an admin editing the rubric would. */
    public static long newVersion(long questionId, String prompt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(questionId);
            question.currentVersion = addVersion(question, prompt);
            return question.currentVersion.id;
        });
    }

    /** Renames a question and changes its prompt in a new current rubric version, as an admin editing it would. */
    public static long editQuestion(long questionId, String title, String prompt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(questionId);
            question.title = title;
            var version = new RubricVersion();
            version.question = question;
            version.versionNo = RubricVersion.listByQuestion(question).size() + 1;
            version.content = rubric(question.qid, title, prompt);
            version.fingerprint = Integer.toHexString(version.content.hashCode());
            version.points = 10;
            version.author = "test";
            version.persist();
            question.currentVersion = version;
            return version.id;
        });
    }

    /** Gives the invitation extra time, as an admin would when inviting (null: none of that kind). */
    public static void giveExtraTime(Invite invite, Integer percent, Integer minutes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Invitation invitation = Invitation.findById(invite.invitationId());
            invitation.extraTimePercent = percent;
            invitation.extraTimeMinutes = minutes;
        });
    }

    public static String newToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static Attempt attempt(Invite invite) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = Attempt.find("invitation.id", invite.invitationId()).firstResult();
            if (attempt != null) {
                Hibernate.initialize(attempt.invitation); // assertions read it after the transaction
            }
            return attempt;
        });
    }

    public static List<Answer> answers(Invite invite) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Answer> answers = Answer.list("attempt.invitation.id = ?1 order by position", invite.invitationId());
            answers.forEach(answer -> {
                Hibernate.initialize(answer.question);
                Hibernate.initialize(answer.rubricVersion);
            });
            return answers;
        });
    }

    /** Moves the attempt's deadline, as if it had started earlier or had a shorter limit. */
    public static void setDeadline(Invite invite, Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = Attempt.find("invitation.id", invite.invitationId()).firstResult();
            attempt.deadline = deadline;
        });
    }

    /** Pretends the candidate opened the current question {@code ago} earlier. */
    public static void setOnQuestionSince(Invite invite, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = Attempt.find("invitation.id", invite.invitationId()).firstResult();
            attempt.positionSince = Instant.now().minus(ago);
        });
    }
}
