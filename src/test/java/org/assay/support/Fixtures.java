package org.assay.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.assessment.Assessment;
import org.assay.assessment.Invitation;
import org.assay.grading.Grade;
import org.assay.grading.ScoreOverride;
import org.assay.rubric.Question;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;

/** Puts candidates' progress straight into the database, for the pages and API that report it. */
public final class Fixtures {

    /** The bank imported from rubrics/ at start-up. */
    public static final String BANK = "genai-interview";

    private Fixtures() {
    }

    /** Creates an assessment through the API and returns its id. */
    public static long assessment(String title, List<String> questions) {
        var response = Api.asAdmin().body(Map.of("title", title, "bank", BANK, "questions", questions,
                "timeLimitMinutes", 30)).post("/api/assessments");
        if (response.statusCode() != 201) {
            throw new AssertionError("Assessment not created: " + response.statusCode() + " " + response.asString());
        }
        return Api.json(response).getLong("id");
    }

    /** Invites a candidate through the API and returns the invitation id. */
    public static long invitation(long assessmentId, String candidate) {
        var response = Api.asAdmin().body(Map.of("candidateName", candidate, "candidateEmail", "c@example.org"))
                .post("/api/assessments/" + assessmentId + "/invitations");
        return Api.json(response).getLong("id");
    }

    public static void expire(long invitationId) {
        QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(60), invitationId));
    }

    /** Starts an attempt with an empty answer per question; submitted ones get the texts given. */
    public static long attempt(long invitationId, AttemptStatus status, List<String> texts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Invitation invitation = Invitation.findById(invitationId);
            var attempt = new Attempt();
            attempt.invitation = invitation;
            attempt.status = status;
            attempt.startedAt = Instant.now().minus(Duration.ofMinutes(10));
            attempt.deadline = attempt.startedAt.plus(Duration.ofMinutes(30));
            attempt.submittedAt = status == AttemptStatus.SUBMITTED ? Instant.now() : null;
            attempt.persist();
            Assessment assessment = invitation.assessment;
            for (var item : assessment.questions) {
                Question question = item.question;
                var answer = new Answer();
                answer.attempt = attempt;
                answer.question = question;
                answer.rubricVersion = question.currentVersion;
                answer.position = item.position;
                answer.text = texts.size() >= item.position ? texts.get(item.position - 1) : "";
                answer.persist();
            }
            return attempt.id;
        });
    }

    /** Grades the answer at a position as the engine would have, with flags given by code. */
    public static long grade(long attemptId, int position, double score, List<String> flags) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = Attempt.findById(attemptId);
            var answer = Answer.findByAttemptAndPosition(attempt, position).orElseThrow();
            var grade = new Grade();
            grade.answer = answer;
            grade.rubricVersion = answer.rubricVersion;
            grade.engineVersion = "test";
            grade.score = score;
            grade.maxScore = answer.rubricVersion.points;
            grade.flagCount = flags.size();
            grade.flags.addAll(flags);
            grade.report = "{\"flags\":[" + String.join(",", flags.stream()
                    .map(code -> "{\"code\":\"" + code + "\",\"message\":\"\"}").toList()) + "]}";
            grade.persist();
            return grade.id;
        });
    }

    /** A reviewer's override of the answer's current grade. */
    public static void override(long gradeId, double score) {
        QuarkusTransaction.requiringNew().run(() -> {
            Grade grade = Grade.findById(gradeId);
            var override = new ScoreOverride();
            override.answer = grade.answer;
            override.grade = grade;
            override.reviewer = WebSession.ADMIN;
            override.score = score;
            override.reason = "The answer names the mechanism in other words.";
            override.persist();
        });
    }
}
